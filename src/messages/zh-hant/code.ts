import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': '記住這部裝置',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': '輸入簡訊驗證碼',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': '輸入電子郵件中的驗證碼',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': '輸入驗證器應用程式中的驗證碼',
  'step.CONFIRM_SIGN_UP.title': '驗證你的帳戶',
  'hint.codeSent': '我們已將驗證碼傳送至 {destination}。',
  'hint.codeSentBy.SMS': '我們已透過簡訊將驗證碼傳送至 {destination}。',
  'hint.codeSentBy.EMAIL': '我們已透過電子郵件將驗證碼傳送至 {destination}。',
  'hint.totpCode': '請開啟驗證器應用程式，然後輸入這個帳戶的 6 位數驗證碼。',
  'hint.confirmSignUp': '請輸入我們傳送至 {destination} 的驗證碼，以驗證你的帳戶。',
  'hint.confirmSignUpNoDestination': '請輸入我們傳送給你的驗證碼，以驗證你的帳戶。',
};
