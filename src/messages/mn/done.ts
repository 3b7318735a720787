import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Гарах',
  'step.DONE.title': 'Та нэвтэрсэн байна',
  'hint.signedInAs': '{username} нэрээр нэвтэрсэн',
};
