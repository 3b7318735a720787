import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Изход',
  'step.DONE.title': 'Влязохте в профила си',
  'hint.signedInAs': 'Влезли сте като {username}',
};
