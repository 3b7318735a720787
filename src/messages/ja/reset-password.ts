import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'コードを送信',
  'step.RESET_PASSWORD.title': 'パスワードを再設定してください',
  'step.CONFIRM_RESET_PASSWORD.title': '新しいパスワードを設定してください',
  'hint.resetPassword': 'このアカウントのパスワードを再設定するためのコードを送信します。',
  'hint.confirmResetPassword': '{destination} に送信したコードを入力し、新しいパスワードを設定してください。',
  'hint.confirmResetPasswordNoDestination': '送信したコードを入力し、新しいパスワードを設定してください。',
};
