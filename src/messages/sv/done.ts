import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Logga ut',
  'step.DONE.title': 'Du är inloggad',
  'hint.signedInAs': 'Inloggad som {username}',
};
