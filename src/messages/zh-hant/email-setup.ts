import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': '繼續',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': '設定電子郵件驗證',
  'hint.emailSetup': '請輸入要用來接收登入驗證碼的電子郵件地址。',
};
