import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Шығу',
  'step.DONE.title': 'Сіз аккаунтқа кірдіңіз',
  'hint.signedInAs': 'Аккаунт: {username}',
};
