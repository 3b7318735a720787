import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'パスワードをお忘れですか？',
  'social.or': 'または',
  'step.SIGN_IN.title': 'サインイン',
  'social.continueWith': '{provider} で続行',
};
