import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Đặt mật khẩu mới',
  'hint.newPassword': 'Bạn cần thay mật khẩu tạm thời bằng mật khẩu mới trước khi tiếp tục.',
  'hint.missingAttributes': 'Chúng tôi cần thêm một vài thông tin.',
};
