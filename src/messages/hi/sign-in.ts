import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'पासवर्ड भूल गए?',
  'social.or': 'या',
  'step.SIGN_IN.title': 'साइन इन करें',
  'social.continueWith': '{provider} के साथ जारी रखें',
};
