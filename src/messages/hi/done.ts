import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'साइन आउट करें',
  'step.DONE.title': 'आपने साइन इन कर लिया है',
  'hint.signedInAs': '{username} के तौर पर साइन इन किया गया',
};
