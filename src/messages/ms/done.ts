import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Log keluar',
  'step.DONE.title': 'Anda telah log masuk',
  'hint.signedInAs': 'Log masuk sebagai {username}',
};
