import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Passwort vergessen?',
  'social.or': 'oder',
  'step.SIGN_IN.title': 'Anmelden',
  'social.continueWith': 'Weiter mit {provider}',
};
