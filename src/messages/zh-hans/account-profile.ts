import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': '个人资料',
  'account.profile.submit': '保存',
  'account.profile.saved': '您的个人资料已保存。',
  'account.profile.pending': '在您输入验证码之前，仍使用 {old} 登录。',
  'account.profile.confirmed': '已确认。现在请使用 {value} 登录。',
  'account.profile.cancel': '取消',
};
