import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Har du glömt lösenordet?',
  'social.or': 'eller',
  'step.SIGN_IN.title': 'Logga in',
  'social.continueWith': 'Fortsätt med {provider}',
};
