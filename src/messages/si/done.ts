import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'වරන්න',
  'step.DONE.title': 'ඔබ පුරනය වී ඇත',
  'hint.signedInAs': '{username} ලෙස පුරනය වී ඇත',
};
