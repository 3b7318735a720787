import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Har du glemt din adgangskode?',
  'social.or': 'eller',
  'step.SIGN_IN.title': 'Log ind',
  'social.continueWith': 'Fortsæt med {provider}',
};
