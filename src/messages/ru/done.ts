import type { Catalog } from '../en.js';

/** `ru`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Выйти',
  'step.DONE.title': 'Вы вошли в аккаунт',
  'hint.signedInAs': 'Вы вошли как {username}',
};
