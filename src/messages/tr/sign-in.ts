import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Şifrenizi mi unuttunuz?',
  'social.or': 'veya',
  'step.SIGN_IN.title': 'Oturum açın',
  'social.continueWith': '{provider} ile devam et',
};
