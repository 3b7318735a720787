import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Odjavi se',
  'step.DONE.title': 'Prijavljeni ste',
  'hint.signedInAs': 'Prijavljeni ste kao {username}',
};
