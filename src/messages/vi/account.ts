import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Bạn chưa đăng nhập. Hãy đăng nhập để quản lý tài khoản.',
  'account.password.title': 'Đổi mật khẩu',
  'account.field.currentPassword': 'Mật khẩu hiện tại',
  'account.password.submit': 'Đổi mật khẩu',
  'account.password.changed': 'Mật khẩu của bạn đã được đổi.',
  'account.error.currentPassword': 'Đó không phải là mật khẩu hiện tại của bạn.',
  'account.sessions.title': 'Đăng xuất khỏi mọi nơi',
  'account.sessions.hint':
    'Thao tác này sẽ đăng xuất bạn khỏi mọi thiết bị và trình duyệt bạn đang đăng nhập, kể cả thiết bị này.',
  'account.sessions.submit': 'Đăng xuất khỏi mọi thiết bị',
  'account.delete.title': 'Xóa tài khoản',
  'account.delete.hint': 'Thao tác này sẽ xóa tài khoản của bạn và mọi thứ được lưu trong đó. Bạn không thể hoàn tác.',
  'account.delete.word': 'xóa',
  'account.delete.field': 'Để xác nhận, hãy nhập “{word}”',
  'account.delete.submit': 'Xóa tài khoản',
  'account.delete.mismatch': 'Nhập “{word}” để xác nhận.',
  'account.delete.done': 'Tài khoản của bạn đã bị xóa.',
};
