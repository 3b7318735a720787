import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Одјави се',
  'step.DONE.title': 'Пријављени сте',
  'hint.signedInAs': 'Пријављени сте као {username}',
};
