import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'साइन आउट करा',
  'step.DONE.title': 'तुम्ही साइन इन केले आहे',
  'hint.signedInAs': '{username} म्हणून साइन इन केले',
};
