import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'יציאה',
  'step.DONE.title': 'נכנסת לחשבון',
  'hint.signedInAs': 'נכנסת בתור {username}',
};
