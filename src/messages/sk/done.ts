import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Odhlásiť sa',
  'step.DONE.title': 'Ste prihlásení',
  'hint.signedInAs': 'Prihlásený účet: {username}',
};
