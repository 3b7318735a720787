import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'ອອກຈາກລະບົບ',
  'step.DONE.title': 'ທ່ານເຂົ້າສູ່ລະບົບແລ້ວ',
  'hint.signedInAs': 'ເຂົ້າສູ່ລະບົບເປັນ {username}',
};
