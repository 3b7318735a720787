import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Abmelden',
  'step.DONE.title': 'Sie sind angemeldet',
  'hint.signedInAs': 'Angemeldet als {username}',
};
