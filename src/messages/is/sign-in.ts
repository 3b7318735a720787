import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Gleymdirðu aðgangsorðinu?',
  'social.or': 'eða',
  'step.SIGN_IN.title': 'Innskráning',
  'social.continueWith': 'Halda áfram með {provider}',
};
