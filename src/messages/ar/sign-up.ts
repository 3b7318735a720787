import type { Catalog } from '../en.js';

/** `ar`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'أنشئ حسابك',
  'hint.phoneNumber': 'ابدأ بالرمز + ثم رمز البلد، مثل +14255550100.',
  'hint.signUpNoPassword': 'لا حاجة إلى كلمة مرور: ستسجّل الدخول برمز نرسله إليك.',
  'action.haveAccount': 'لديك حساب بالفعل؟ سجّل الدخول',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'تحقّق من بريدك الإلكتروني',
  'hint.signUpLink': 'أرسلنا رابطًا إلى {destination}. افتحه لتأكيد حسابك، وستتابع هذه الصفحة تلقائيًا.',
  'hint.signUpLinkNoDestination': 'أرسلنا إليك رابطًا. افتحه لتأكيد حسابك، وستتابع هذه الصفحة تلقائيًا.',
  'action.resendLink': 'إرسال رابط جديد',
};
