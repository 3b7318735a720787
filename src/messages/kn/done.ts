import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'ಸೈನ್ ಔಟ್ ಮಾಡಿ',
  'step.DONE.title': 'ನೀವು ಸೈನ್ ಇನ್ ಮಾಡಿದ್ದೀರಿ',
  'hint.signedInAs': '{username} ಆಗಿ ಸೈನ್ ಇನ್ ಮಾಡಲಾಗಿದೆ',
};
