import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Fita',
  'step.DONE.title': 'Kun shiga',
  'hint.signedInAs': 'An shiga a matsayin {username}',
};
