import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Has oblidat la contrasenya?',
  'social.or': 'o',
  'step.SIGN_IN.title': 'Inici de sessió',
  'social.continueWith': 'Continua amb {provider}',
};
