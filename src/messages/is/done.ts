import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Skrá út',
  'step.DONE.title': 'Innskráning tókst',
  'hint.signedInAs': 'Skráð inn sem {username}',
};
