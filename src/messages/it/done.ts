import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Esci',
  'step.DONE.title': 'Accesso effettuato',
  'hint.signedInAs': 'Accesso effettuato come {username}',
};
