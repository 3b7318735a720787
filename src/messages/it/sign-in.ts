import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Password dimenticata?',
  'social.or': 'oppure',
  'step.SIGN_IN.title': 'Accedi',
  'social.continueWith': 'Continua con {provider}',
};
