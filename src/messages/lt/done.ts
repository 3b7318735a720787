import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Atsijungti',
  'step.DONE.title': 'Esate prisijungę',
  'hint.signedInAs': 'Prisijungta kaip {username}',
};
