import type { Catalog } from '../en.js';

/** `ar`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'كيف تريد تسجيل الدخول؟',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'اختر طريقة للتحقق من هويتك',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'إعداد التحقق بخطوتين',
  'choice.SMS': 'رسالة نصية (SMS)',
  'choice.TOTP': 'تطبيق المصادقة',
  'choice.EMAIL': 'البريد الإلكتروني',
  'choice.PASSWORD': 'كلمة المرور',
  'choice.PASSWORD_SRP': 'كلمة المرور',
  'choice.EMAIL_OTP': 'تلقّي رمز عبر البريد الإلكتروني',
  'choice.SMS_OTP': 'تلقّي رمز في رسالة نصية',
  'choice.WEB_AUTHN': 'مفتاح المرور',
};
