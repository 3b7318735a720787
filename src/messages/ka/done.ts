import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'გასვლა',
  'step.DONE.title': 'თქვენ შესული ხართ',
  'hint.signedInAs': 'შესული ხართ, როგორც {username}',
};
