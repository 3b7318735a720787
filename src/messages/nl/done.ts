import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Uitloggen',
  'step.DONE.title': 'Je bent ingelogd',
  'hint.signedInAs': 'Ingelogd als {username}',
};
