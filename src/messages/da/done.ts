import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Log ud',
  'step.DONE.title': 'Du er logget ind',
  'hint.signedInAs': 'Logget ind som {username}',
};
