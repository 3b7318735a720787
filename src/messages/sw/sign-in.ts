import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Umesahau nenosiri?',
  'social.or': 'au',
  'step.SIGN_IN.title': 'Ingia',
  'social.continueWith': 'Endelea ukitumia {provider}',
};
