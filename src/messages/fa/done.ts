import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'خروج',
  'step.DONE.title': 'وارد شدید',
  'hint.signedInAs': 'با نام {username} وارد شده‌اید',
};
