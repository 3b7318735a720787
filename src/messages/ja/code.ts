import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'このデバイスを記憶する',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'SMS で届いたコードを入力してください',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'メールで届いたコードを入力してください',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': '認証アプリに表示されたコードを入力してください',
  'step.CONFIRM_SIGN_UP.title': 'アカウントを確認してください',
  'hint.codeSent': '{destination} にコードを送信しました。',
  'hint.codeSentBy.SMS': '{destination} に SMS でコードを送信しました。',
  'hint.codeSentBy.EMAIL': '{destination} にメールでコードを送信しました。',
  'hint.totpCode': '認証アプリを開き、このアカウントの 6 桁のコードを入力してください。',
  'hint.confirmSignUp': 'アカウントを確認するため、{destination} に送信したコードを入力してください。',
  'hint.confirmSignUpNoDestination': 'アカウントを確認するため、送信したコードを入力してください。',
};
