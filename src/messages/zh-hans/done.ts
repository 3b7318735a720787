import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': '退出登录',
  'step.DONE.title': '您已登录',
  'hint.signedInAs': '当前登录账号：{username}',
};
