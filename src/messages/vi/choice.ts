import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Bạn muốn đăng nhập bằng cách nào?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Chọn cách xác minh đó là bạn',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Thiết lập xác minh 2 bước',
  'choice.SMS': 'Tin nhắn văn bản (SMS)',
  'choice.TOTP': 'Ứng dụng xác thực',
  'choice.EMAIL': 'Email',
  'choice.PASSWORD': 'Mật khẩu',
  'choice.PASSWORD_SRP': 'Mật khẩu',
  'choice.EMAIL_OTP': 'Gửi mã qua email',
  'choice.SMS_OTP': 'Gửi mã qua tin nhắn',
  'choice.WEB_AUTHN': 'Khóa truy cập',
};
