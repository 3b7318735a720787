import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Đăng xuất',
  'step.DONE.title': 'Bạn đã đăng nhập',
  'hint.signedInAs': 'Đã đăng nhập với tên {username}',
};
