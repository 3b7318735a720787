import type { Catalog } from '../en.js';

/** `ar`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'إرسال الرمز',
  'step.RESET_PASSWORD.title': 'إعادة تعيين كلمة المرور',
  'step.CONFIRM_RESET_PASSWORD.title': 'اختر كلمة مرور جديدة',
  'hint.resetPassword': 'سنرسل رمزًا لإعادة تعيين كلمة مرور هذا الحساب.',
  'hint.confirmResetPassword': 'أدخِل الرمز الذي أرسلناه إلى {destination} واختر كلمة مرور جديدة.',
  'hint.confirmResetPasswordNoDestination': 'أدخِل الرمز الذي أرسلناه إليك واختر كلمة مرور جديدة.',
};
