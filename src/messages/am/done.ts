import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'ውጣ',
  'step.DONE.title': 'ገብተዋል',
  'hint.signedInAs': 'እንደ {username} ገብተዋል',
};
