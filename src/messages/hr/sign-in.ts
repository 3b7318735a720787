import type { Catalog } from '../en.js';

/** `hr`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Zaboravili ste zaporku?',
  'social.or': 'ili',
  'step.SIGN_IN.title': 'Prijava',
  'social.continueWith': 'Nastavi putem usluge {provider}',
};
