import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Wachtwoord vergeten?',
  'social.or': 'of',
  'step.SIGN_IN.title': 'Inloggen',
  'social.continueWith': 'Doorgaan met {provider}',
};
