import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'کوڈ بھیجیں',
  'step.RESET_PASSWORD.title': 'اپنا پاس ورڈ ری سیٹ کریں',
  'step.CONFIRM_RESET_PASSWORD.title': 'نیا پاس ورڈ منتخب کریں',
  'hint.resetPassword': 'اس اکاؤنٹ کا پاس ورڈ ری سیٹ کرنے کے لیے ہم ایک کوڈ بھیجیں گے۔',
  'hint.confirmResetPassword': '{destination} پر بھیجا گیا کوڈ درج کریں اور نیا پاس ورڈ منتخب کریں۔',
  'hint.confirmResetPasswordNoDestination': 'ہمارا بھیجا ہوا کوڈ درج کریں اور نیا پاس ورڈ منتخب کریں۔',
};
