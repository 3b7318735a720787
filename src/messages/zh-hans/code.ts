import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': '记住此设备',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': '输入短信验证码',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': '输入邮件中的验证码',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': '输入身份验证器应用中的验证码',
  'step.CONFIRM_SIGN_UP.title': '验证您的账号',
  'hint.codeSent': '我们已向 {destination} 发送验证码。',
  'hint.codeSentBy.SMS': '我们已通过短信向 {destination} 发送验证码。',
  'hint.codeSentBy.EMAIL': '我们已通过电子邮件向 {destination} 发送验证码。',
  'hint.totpCode': '请打开身份验证器应用，输入此账号的 6 位验证码。',
  'hint.confirmSignUp': '请输入我们发送至 {destination} 的验证码，以验证您的账号。',
  'hint.confirmSignUpNoDestination': '请输入我们发送给您的验证码，以验证您的账号。',
};
