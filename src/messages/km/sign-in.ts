import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'ភ្លេចពាក្យសម្ងាត់?',
  'social.or': 'ឬ',
  'step.SIGN_IN.title': 'ចូល',
  'social.continueWith': 'បន្តដោយប្រើ {provider}',
};
