import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'گذرواژه را فراموش کرده‌اید؟',
  'social.or': 'یا',
  'step.SIGN_IN.title': 'ورود',
  'social.continueWith': 'ادامه با {provider}',
};
