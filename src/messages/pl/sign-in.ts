import type { Catalog } from '../en.js';

/** `pl`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Nie pamiętasz hasła?',
  'social.or': 'lub',
  'step.SIGN_IN.title': 'Zaloguj się',
  'social.continueWith': 'Kontynuuj przez {provider}',
};
