import type { Catalog } from '../en.js';

/** `sl`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Odjava',
  'step.DONE.title': 'Prijavljeni ste',
  'hint.signedInAs': 'Prijavljeni ste kot {username}',
};
