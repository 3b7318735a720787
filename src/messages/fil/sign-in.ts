import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Nakalimutan ang password?',
  'social.or': 'o',
  'step.SIGN_IN.title': 'Mag-sign in',
  'social.continueWith': 'Magpatuloy gamit ang {provider}',
};
