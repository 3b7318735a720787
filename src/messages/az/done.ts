import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Çıxış edin',
  'step.DONE.title': 'Daxil oldunuz',
  'hint.signedInAs': '{username} kimi daxil olmusunuz',
};
