import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Elfelejtette a jelszavát?',
  'social.or': 'vagy',
  'step.SIGN_IN.title': 'Bejelentkezés',
  'social.continueWith': 'Folytatás ezzel: {provider}',
};
