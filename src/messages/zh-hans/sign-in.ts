import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': '忘记密码？',
  'social.or': '或',
  'step.SIGN_IN.title': '登录',
  'social.continueWith': '使用 {provider} 继续',
};
