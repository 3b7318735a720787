import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'ارسال کد',
  'step.RESET_PASSWORD.title': 'بازنشانی گذرواژه',
  'step.CONFIRM_RESET_PASSWORD.title': 'گذرواژه جدیدی انتخاب کنید',
  'hint.resetPassword': 'کدی برای بازنشانی گذرواژه این حساب ارسال می‌کنیم.',
  'hint.confirmResetPassword': 'کدی را که به {destination} ارسال کردیم وارد کنید و گذرواژه جدیدی انتخاب کنید.',
  'hint.confirmResetPasswordNoDestination': 'کدی را که برایتان ارسال کردیم وارد کنید و گذرواژه جدیدی انتخاب کنید.',
};
