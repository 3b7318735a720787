import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Tanca la sessió',
  'step.DONE.title': 'Has iniciat la sessió',
  'hint.signedInAs': 'Has iniciat la sessió com a {username}',
};
