import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Izrakstīties',
  'step.DONE.title': 'Pierakstīšanās izdevās',
  'hint.signedInAs': 'Jūsu konts: {username}',
};
