import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'وتل',
  'step.DONE.title': 'تاسو ننوتي یاست',
  'hint.signedInAs': 'د {username} په توګه ننوتي یاست',
};
