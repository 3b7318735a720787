import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': '次へ',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'メール認証を設定してください',
  'hint.emailSetup': 'サインイン用のコードを受け取るメールアドレスを入力してください。',
};
