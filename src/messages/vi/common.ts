import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Tên người dùng',
  'field.password': 'Mật khẩu',
  'field.code': 'Mã xác minh',
  'action.signIn': 'Đăng nhập',
  'action.confirm': 'Xác nhận',
  'action.resendCode': 'Gửi mã mới',
  'action.backToSignIn': 'Quay lại trang đăng nhập',
  'action.changePassword': 'Đổi mật khẩu',
  'action.working': 'Vui lòng chờ…',
  'action.showPassword': 'Hiện mật khẩu',
  'action.resendCodeIn.other': 'Gửi mã mới sau {count} giây',
  'hint.codeResentNoDestination': 'Mã mới đang được gửi đến bạn.',
  'hint.resetRequired': 'Bạn phải đặt lại mật khẩu thì mới có thể đăng nhập.',
  'error.prefix': 'Lỗi:',
  'error.network': 'Không thể kết nối với dịch vụ đăng nhập. Hãy kiểm tra kết nối mạng rồi thử lại.',
  'field.email': 'Email',
  'field.phone': 'Số điện thoại',
  'field.emailOrPhone': 'Email hoặc số điện thoại',
  'action.createAccount': 'Tạo tài khoản',
  'hint.codeLength.other': 'Mã gồm {count} chữ số.',
};
