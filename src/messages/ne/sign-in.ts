import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'पासवर्ड बिर्सनुभयो?',
  'social.or': 'वा',
  'step.SIGN_IN.title': 'साइन इन',
  'social.continueWith': '{provider} मार्फत जारी राख्नुहोस्',
};
