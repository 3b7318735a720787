import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'نام کاربری',
  'field.password': 'گذرواژه',
  'field.code': 'کد',
  'action.signIn': 'ورود',
  'action.confirm': 'تأیید',
  'action.resendCode': 'ارسال کد جدید',
  'action.backToSignIn': 'بازگشت به صفحه ورود',
  'action.changePassword': 'تغییر گذرواژه',
  'action.working': 'لطفاً صبر کنید…',
  'action.showPassword': 'نمایش گذرواژه',
  'action.resendCodeIn.one': 'ارسال کد جدید تا {count} ثانیه دیگر',
  'action.resendCodeIn.other': 'ارسال کد جدید تا {count} ثانیه دیگر',
  'hint.codeResentNoDestination': 'کد جدیدی ارسال شد.',
  'hint.resetRequired': 'پیش از ورود باید گذرواژه‌تان را بازنشانی کنید.',
  'error.prefix': 'خطا:',
  'error.network': 'اتصال به سرویس ورود ممکن نشد. اتصال اینترنتتان را بررسی کنید و دوباره امتحان کنید.',
  'field.email': 'ایمیل',
  'field.phone': 'شماره تلفن',
  'field.emailOrPhone': 'ایمیل یا شماره تلفن',
  'action.createAccount': 'ایجاد حساب',
  'hint.codeLength.one': 'کد {count} رقمی است.',
  'hint.codeLength.other': 'کد {count} رقمی است.',
};
