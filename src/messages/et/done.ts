import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Logi välja',
  'step.DONE.title': 'Olete sisse logitud',
  'hint.signedInAs': 'Sisse logitud kasutajana {username}',
};
