import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'サインインしていません。アカウントを管理するにはサインインしてください。',
  'account.password.title': 'パスワードの変更',
  'account.field.currentPassword': '現在のパスワード',
  'account.password.submit': 'パスワードを変更',
  'account.password.changed': 'パスワードを変更しました。',
  'account.error.currentPassword': '現在のパスワードが正しくありません。',
  'account.sessions.title': 'すべての場所からサインアウト',
  'account.sessions.hint': 'この端末を含め、サインインしているすべての端末とブラウザからサインアウトします。',
  'account.sessions.submit': 'すべての端末からサインアウト',
  'account.delete.title': 'アカウントを削除',
  'account.delete.hint': 'アカウントと、そこに保存されているすべてのデータが削除されます。この操作は元に戻せません。',
  'account.delete.word': '削除',
  'account.delete.field': '確認のため「{word}」と入力してください',
  'account.delete.submit': 'アカウントを削除',
  'account.delete.mismatch': '確認のため「{word}」と入力してください。',
  'account.delete.done': 'アカウントを削除しました。',
};
