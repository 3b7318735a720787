import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'حساب خود را بسازید',
  'hint.phoneNumber': 'با + و کد کشور شروع کنید؛ مثلاً +14255550100.',
  'hint.signUpNoPassword': 'به گذرواژه نیازی نیست: با کدی که برایتان می‌فرستیم وارد می‌شوید.',
  'action.haveAccount': 'حساب دارید؟ وارد شوید',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'ایمیل خود را بررسی کنید',
  'hint.signUpLink': 'پیوندی به {destination} فرستادیم. برای تأیید حسابتان آن را باز کنید؛ این صفحه خودش ادامه می‌دهد.',
  'hint.signUpLinkNoDestination':
    'پیوندی برایتان فرستادیم. برای تأیید حسابتان آن را باز کنید؛ این صفحه خودش ادامه می‌دهد.',
  'action.resendLink': 'ارسال پیوند جدید',
};
