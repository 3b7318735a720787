import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Lupa kata laluan?',
  'social.or': 'atau',
  'step.SIGN_IN.title': 'Log masuk',
  'social.continueWith': 'Teruskan dengan {provider}',
};
