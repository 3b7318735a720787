import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Դուրս գալ',
  'step.DONE.title': 'Դուք մուտք եք գործել',
  'hint.signedInAs': 'Մուտք եք գործել որպես {username}',
};
