import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Gửi mã',
  'step.RESET_PASSWORD.title': 'Đặt lại mật khẩu',
  'step.CONFIRM_RESET_PASSWORD.title': 'Đặt mật khẩu mới',
  'hint.resetPassword': 'Chúng tôi sẽ gửi mã để đặt lại mật khẩu của tài khoản này.',
  'hint.confirmResetPassword': 'Nhập mã chúng tôi đã gửi đến {destination} và đặt mật khẩu mới.',
  'hint.confirmResetPasswordNoDestination': 'Nhập mã chúng tôi đã gửi cho bạn và đặt mật khẩu mới.',
};
