import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'Tạo tài khoản của bạn',
  'hint.phoneNumber': 'Bắt đầu bằng + và mã quốc gia, ví dụ +14255550100.',
  'hint.signUpNoPassword': 'Không cần mật khẩu: bạn sẽ đăng nhập bằng mã chúng tôi gửi cho bạn.',
  'action.haveAccount': 'Đã có tài khoản? Đăng nhập',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'Kiểm tra email của bạn',
  'hint.signUpLink':
    'Chúng tôi đã gửi một liên kết đến {destination}. Hãy mở liên kết để xác nhận tài khoản, trang này sẽ tự tiếp tục.',
  'hint.signUpLinkNoDestination':
    'Chúng tôi đã gửi cho bạn một liên kết. Hãy mở liên kết để xác nhận tài khoản, trang này sẽ tự tiếp tục.',
  'action.resendLink': 'Gửi liên kết mới',
};
