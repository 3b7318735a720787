import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Ați uitat parola?',
  'social.or': 'sau',
  'step.SIGN_IN.title': 'Conectare',
  'social.continueWith': 'Continuați cu {provider}',
};
