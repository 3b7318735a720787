import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': '登出',
  'step.DONE.title': '你已登入',
  'hint.signedInAs': '目前登入的帳戶：{username}',
};
