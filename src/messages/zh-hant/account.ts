import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': '您尚未登入。請登入以管理您的帳戶。',
  'account.password.title': '變更密碼',
  'account.field.currentPassword': '目前的密碼',
  'account.password.submit': '變更密碼',
  'account.password.changed': '您的密碼已變更。',
  'account.error.currentPassword': '這不是您目前的密碼。',
  'account.sessions.title': '從所有裝置登出',
  'account.sessions.hint': '這會讓您從已登入的所有裝置和瀏覽器登出，包括這部裝置。',
  'account.sessions.submit': '從所有裝置登出',
  'account.delete.title': '刪除帳戶',
  'account.delete.hint': '這會刪除你的帳戶及其中儲存的所有內容，且無法復原。',
  'account.delete.word': '刪除',
  'account.delete.field': '請輸入「{word}」以確認',
  'account.delete.submit': '刪除帳戶',
  'account.delete.mismatch': '請輸入「{word}」以確認。',
  'account.delete.done': '你的帳戶已刪除。',
};
