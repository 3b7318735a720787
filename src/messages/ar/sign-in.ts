import type { Catalog } from '../en.js';

/** `ar`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'هل نسيت كلمة المرور؟',
  'social.or': 'أو',
  'step.SIGN_IN.title': 'تسجيل الدخول',
  'social.continueWith': 'المتابعة باستخدام {provider}',
};
