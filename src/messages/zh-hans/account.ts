import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': '您尚未登录。请登录以管理您的账户。',
  'account.password.title': '更改密码',
  'account.field.currentPassword': '当前密码',
  'account.password.submit': '更改密码',
  'account.password.changed': '您的密码已更改。',
  'account.error.currentPassword': '这不是您当前的密码。',
  'account.sessions.title': '从所有设备退出',
  'account.sessions.hint': '这会让您从已登录的所有设备和浏览器退出，包括这台设备。',
  'account.sessions.submit': '从所有设备退出登录',
  'account.delete.title': '删除账号',
  'account.delete.hint': '这会删除你的账号及其中保存的所有内容，且无法撤销。',
  'account.delete.word': '删除',
  'account.delete.field': '请输入“{word}”以确认',
  'account.delete.submit': '删除账号',
  'account.delete.mismatch': '请输入“{word}”以确认。',
  'account.delete.done': '你的账号已删除。',
};
