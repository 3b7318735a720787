import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Deconectați-vă',
  'step.DONE.title': 'V-ați conectat',
  'hint.signedInAs': 'Cont conectat: {username}',
};
