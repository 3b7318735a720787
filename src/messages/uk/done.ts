import type { Catalog } from '../en.js';

/** `uk`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Вийти',
  'step.DONE.title': 'Ви ввійшли в обліковий запис',
  'hint.signedInAs': 'Ви ввійшли як {username}',
};
