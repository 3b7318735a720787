import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Құпия сөзді ұмыттыңыз ба?',
  'social.or': 'немесе',
  'step.SIGN_IN.title': 'Кіру',
  'social.continueWith': '{provider} арқылы жалғастыру',
};
