import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': '傳送驗證碼',
  'step.RESET_PASSWORD.title': '重設密碼',
  'step.CONFIRM_RESET_PASSWORD.title': '設定新密碼',
  'hint.resetPassword': '我們會傳送驗證碼，讓你重設這個帳戶的密碼。',
  'hint.confirmResetPassword': '請輸入我們傳送至 {destination} 的驗證碼，並設定新密碼。',
  'hint.confirmResetPasswordNoDestination': '請輸入我們傳送給你的驗證碼，並設定新密碼。',
};
