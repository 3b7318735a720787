import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'サインイン方法を選択してください',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': '本人確認の方法を選択してください',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': '2 段階認証を設定してください',
  'choice.SMS': 'テキストメッセージ（SMS）',
  'choice.TOTP': '認証アプリ',
  'choice.EMAIL': 'メール',
  'choice.PASSWORD': 'パスワード',
  'choice.PASSWORD_SRP': 'パスワード',
  'choice.EMAIL_OTP': 'メールでコードを受け取る',
  'choice.SMS_OTP': 'SMS でコードを受け取る',
  'choice.WEB_AUTHN': 'パスキー',
};
