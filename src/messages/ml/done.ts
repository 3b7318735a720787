import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'സൈൻ ഔട്ട് ചെയ്യുക',
  'step.DONE.title': 'നിങ്ങൾ സൈൻ ഇൻ ചെയ്‌തു',
  'hint.signedInAs': '{username} ആയി സൈൻ ഇൻ ചെയ്‌തു',
};
