import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Odhlásit se',
  'step.DONE.title': 'Jste přihlášeni',
  'hint.signedInAs': 'Přihlášeno jako {username}',
};
