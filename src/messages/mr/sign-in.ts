import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'पासवर्ड विसरलात?',
  'social.or': 'किंवा',
  'step.SIGN_IN.title': 'साइन इन करा',
  'social.continueWith': '{provider} वापरून पुढे सुरू ठेवा',
};
