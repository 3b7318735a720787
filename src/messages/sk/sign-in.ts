import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Zabudli ste heslo?',
  'social.or': 'alebo',
  'step.SIGN_IN.title': 'Prihlásenie',
  'social.continueWith': 'Pokračovať cez {provider}',
};
