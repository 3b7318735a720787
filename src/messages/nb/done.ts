import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Logg av',
  'step.DONE.title': 'Du er pålogget',
  'hint.signedInAs': 'Pålogget som {username}',
};
