import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'این دستگاه را به خاطر بسپار',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'کدی را که برایتان پیامک کردیم وارد کنید',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'کدی را که برایتان ایمیل کردیم وارد کنید',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'کد برنامه احراز هویت را وارد کنید',
  'step.CONFIRM_SIGN_UP.title': 'تأیید حساب',
  'hint.codeSent': 'کدی به {destination} ارسال کردیم.',
  'hint.codeSentBy.SMS': 'کدی به {destination} پیامک کردیم.',
  'hint.codeSentBy.EMAIL': 'کدی به {destination} ایمیل کردیم.',
  'hint.totpCode': 'برنامه احراز هویت را باز کنید و کد ۶ رقمی این حساب را وارد کنید.',
  'hint.confirmSignUp': 'برای تأیید حسابتان، کدی را که به {destination} ارسال کردیم وارد کنید.',
  'hint.confirmSignUpNoDestination': 'برای تأیید حسابتان، کدی را که برایتان ارسال کردیم وارد کنید.',
};
