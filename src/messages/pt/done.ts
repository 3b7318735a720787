import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Terminar sessão',
  'step.DONE.title': 'Sessão iniciada',
  'hint.signedInAs': 'Sessão iniciada como {username}',
};
