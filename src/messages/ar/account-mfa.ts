import type { Catalog } from '../en.js';

/** `ar`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'التحقق بخطوتين',
  'account.mfa.off': 'التحقق بخطوتين متوقف: لا يُطلب عند تسجيل الدخول سوى كلمة المرور.',
  'account.mfa.hint': 'يُطلب عند تسجيل الدخول كلمة المرور، ثم رمز من الطريقة المستخدمة أولاً.',
  'account.mfa.retry': 'إعادة المحاولة',
  'account.mfa.on': 'مفعّل',
  'account.mfa.preferred': 'مفعّل، ويُستخدم أولاً',
  'account.mfa.turnOn': 'تفعيل',
  'account.mfa.turnOff': 'إيقاف',
  'account.mfa.prefer': 'استخدامها أولاً',
  'account.mfa.cancel': 'إلغاء',
  'account.mfa.totpOn': 'تم تفعيل تطبيق المصادقة. في المرة القادمة التي تسجّل فيها الدخول، أدخل الرمز الذي يعرضه.',
  'account.mfa.saved': 'تم حفظ التغيير.',
  'error.mfaLastRequired': 'يجب أن يبقى التحقق بخطوتين مفعّلاً لهذا الحساب. فعّل طريقة أخرى قبل إيقاف هذه الطريقة.',
};
