import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': '設定新密碼',
  'hint.newPassword': '你必須先將臨時密碼換成新密碼，才能繼續。',
  'hint.missingAttributes': '我們還需要你提供一些資料。',
};
