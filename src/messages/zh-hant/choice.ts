import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': '選擇登入方式',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': '選擇驗證身分的方式',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': '設定兩步驟驗證',
  'choice.SMS': '簡訊',
  'choice.TOTP': '驗證器應用程式',
  'choice.EMAIL': '電子郵件',
  'choice.PASSWORD': '密碼',
  'choice.PASSWORD_SRP': '密碼',
  'choice.EMAIL_OTP': '透過電子郵件接收驗證碼',
  'choice.SMS_OTP': '透過簡訊接收驗證碼',
  'choice.WEB_AUTHN': '密碼金鑰',
};
