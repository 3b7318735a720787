import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'سائن آؤٹ کریں',
  'step.DONE.title': 'سائن ان مکمل ہو گیا',
  'hint.signedInAs': 'بطور {username} سائن ان ہیں',
};
