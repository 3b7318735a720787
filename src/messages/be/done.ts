import type { Catalog } from '../en.js';

/** `be`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Выйсці',
  'step.DONE.title': 'Вы ўвайшлі ў сістэму',
  'hint.signedInAs': 'Уліковы запіс: {username}',
};
