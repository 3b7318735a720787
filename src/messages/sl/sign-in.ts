import type { Catalog } from '../en.js';

/** `sl`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Ste pozabili geslo?',
  'social.or': 'ali',
  'step.SIGN_IN.title': 'Prijava',
  'social.continueWith': 'Nadaljuj s storitvijo {provider}',
};
