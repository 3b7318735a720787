import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Zaboravili ste lozinku?',
  'social.or': 'ili',
  'step.SIGN_IN.title': 'Prijavljivanje',
  'social.continueWith': 'Nastavi preko usluge {provider}',
};
