import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': '비밀번호를 잊으셨나요?',
  'social.or': '또는',
  'step.SIGN_IN.title': '로그인',
  'social.continueWith': '{provider} 계정으로 계속하기',
};
