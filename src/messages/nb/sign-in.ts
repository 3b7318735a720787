import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Har du glemt passordet?',
  'social.or': 'eller',
  'step.SIGN_IN.title': 'Logg på',
  'social.continueWith': 'Fortsett med {provider}',
};
