import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Mag-sign out',
  'step.DONE.title': 'Naka-sign in ka na',
  'hint.signedInAs': 'Naka-sign in bilang {username}',
};
