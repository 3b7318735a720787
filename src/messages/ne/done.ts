import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'साइन आउट गर्नुहोस्',
  'step.DONE.title': 'तपाईं साइन इन हुनुभयो',
  'hint.signedInAs': '{username} का रूपमा साइन इन गरिएको छ',
};
