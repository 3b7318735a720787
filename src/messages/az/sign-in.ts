import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Parolu unutmusunuz?',
  'social.or': 'və ya',
  'step.SIGN_IN.title': 'Daxil olun',
  'social.continueWith': '{provider} ilə davam edin',
};
