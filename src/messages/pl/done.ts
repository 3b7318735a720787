import type { Catalog } from '../en.js';

/** `pl`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Wyloguj się',
  'step.DONE.title': 'Zalogowano',
  'hint.signedInAs': 'Zalogowano jako {username}',
};
