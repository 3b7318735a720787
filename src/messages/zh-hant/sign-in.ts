import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': '忘記密碼？',
  'social.or': '或',
  'step.SIGN_IN.title': '登入',
  'social.continueWith': '使用 {provider} 繼續',
};
