import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'نیا پاس ورڈ منتخب کریں',
  'hint.newPassword': 'جاری رکھنے سے پہلے آپ کو اپنا عارضی پاس ورڈ تبدیل کرنا ہوگا۔',
  'hint.missingAttributes': 'ہمیں کچھ مزید تفصیلات بھی درکار ہیں۔',
};
