import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'ออกจากระบบ',
  'step.DONE.title': 'คุณลงชื่อเข้าใช้แล้ว',
  'hint.signedInAs': 'ลงชื่อเข้าใช้ในชื่อ {username}',
};
