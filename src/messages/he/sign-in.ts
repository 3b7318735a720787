import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'שכחת את הסיסמה?',
  'social.or': 'או',
  'step.SIGN_IN.title': 'כניסה',
  'social.continueWith': 'המשך באמצעות {provider}',
};
