import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'ចាកចេញ',
  'step.DONE.title': 'អ្នកបានចូលហើយ',
  'hint.signedInAs': 'បានចូលជា {username}',
};
