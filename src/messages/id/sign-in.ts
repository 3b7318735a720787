import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Lupa kata sandi?',
  'social.or': 'atau',
  'step.SIGN_IN.title': 'Masuk',
  'social.continueWith': 'Lanjutkan dengan {provider}',
};
