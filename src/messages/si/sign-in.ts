import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'මුරපදය අමතකද?',
  'social.or': 'හෝ',
  'step.SIGN_IN.title': 'පුරන්න',
  'social.continueWith': '{provider} සමඟ ඉදිරියට යන්න',
};
