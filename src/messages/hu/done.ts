import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Kijelentkezés',
  'step.DONE.title': 'Sikeresen bejelentkezett',
  'hint.signedInAs': 'Bejelentkezve: {username}',
};
