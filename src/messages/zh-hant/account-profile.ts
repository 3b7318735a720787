import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': '個人資料',
  'account.profile.submit': '儲存',
  'account.profile.saved': '您的個人資料已儲存。',
  'account.profile.pending': '在您輸入驗證碼之前，仍使用 {old} 登入。',
  'account.profile.confirmed': '已確認。現在請使用 {value} 登入。',
  'account.profile.cancel': '取消',
};
