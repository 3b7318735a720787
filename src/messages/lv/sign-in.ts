import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Vai aizmirsāt paroli?',
  'social.or': 'vai',
  'step.SIGN_IN.title': 'Pierakstīšanās',
  'social.continueWith': 'Turpināt, izmantojot {provider}',
};
