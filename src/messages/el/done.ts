import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'Αποσύνδεση',
  'step.DONE.title': 'Έχετε συνδεθεί',
  'hint.signedInAs': 'Έχετε συνδεθεί ως {username}',
};
