import type { Catalog } from '../en.js';

/** `ar`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'تسجيل الخروج',
  'step.DONE.title': 'تم تسجيل دخولك',
  'hint.signedInAs': 'تم تسجيل الدخول باسم {username}',
};
