import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Tiếp tục',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Thiết lập xác minh qua email',
  'hint.emailSetup': 'Nhập địa chỉ email mà bạn muốn dùng để nhận mã đăng nhập.',
};
