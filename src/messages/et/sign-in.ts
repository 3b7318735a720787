import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Unustasite parooli?',
  'social.or': 'või',
  'step.SIGN_IN.title': 'Sisselogimine',
  'social.continueWith': 'Jätka teenusega {provider}',
};
