import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'సైన్ అవుట్ చేయండి',
  'step.DONE.title': 'మీరు సైన్ ఇన్ చేశారు',
  'hint.signedInAs': '{username}గా సైన్ ఇన్ చేశారు',
};
