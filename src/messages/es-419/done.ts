import type { Catalog } from '../en.js';

/** `es-419`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Cerrar sesión',
  'step.DONE.title': 'Sesión iniciada',
  'hint.signedInAs': 'Sesión iniciada como {username}',
};
