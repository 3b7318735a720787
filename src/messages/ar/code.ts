import type { Catalog } from '../en.js';

/** `ar`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'تذكُّر هذا الجهاز',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'أدخِل الرمز الذي أرسلناه إليك في رسالة نصية',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'أدخِل الرمز الذي أرسلناه إليك عبر البريد الإلكتروني',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'أدخِل الرمز الظاهر في تطبيق المصادقة',
  'step.CONFIRM_SIGN_UP.title': 'تأكيد حسابك',
  'hint.codeSent': 'أرسلنا رمزًا إلى {destination}.',
  'hint.codeSentBy.SMS': 'أرسلنا رمزًا في رسالة نصية إلى {destination}.',
  'hint.codeSentBy.EMAIL': 'أرسلنا رمزًا عبر البريد الإلكتروني إلى {destination}.',
  'hint.totpCode': 'افتح تطبيق المصادقة وأدخِل الرمز المكوَّن من 6 أرقام لهذا الحساب.',
  'hint.confirmSignUp': 'أدخِل الرمز الذي أرسلناه إلى {destination} لتأكيد حسابك.',
  'hint.confirmSignUpNoDestination': 'أدخِل الرمز الذي أرسلناه إليك لتأكيد حسابك.',
};
