import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'Bạn quên mật khẩu?',
  'social.or': 'hoặc',
  'step.SIGN_IN.title': 'Đăng nhập',
  'social.continueWith': 'Tiếp tục với {provider}',
};
