import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Kun manta kalmar sirri?',
  'social.or': 'ko',
  'step.SIGN_IN.title': 'Shiga',
  'social.continueWith': 'Ci gaba da {provider}',
};
