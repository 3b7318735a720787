import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Ondoka',
  'step.DONE.title': 'Umeingia',
  'hint.signedInAs': 'Umeingia kama {username}',
};
