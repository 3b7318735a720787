import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'サインアウト',
  'step.DONE.title': 'サインインしました',
  'hint.signedInAs': '{username} としてサインインしています',
};
