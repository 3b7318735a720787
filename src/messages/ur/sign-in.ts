import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'پاس ورڈ یاد نہیں؟',
  'social.or': 'یا',
  'step.SIGN_IN.title': 'سائن ان کریں',
  'social.continueWith': '{provider} کے ساتھ جاری رکھیں',
};
