import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Keluar',
  'step.DONE.title': 'Anda sudah masuk',
  'hint.signedInAs': 'Anda masuk sebagai {username}',
};
