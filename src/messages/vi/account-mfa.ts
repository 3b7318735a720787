import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Xác minh 2 bước',
  'account.mfa.off': 'Xác minh 2 bước đang tắt: khi đăng nhập, bạn chỉ cần nhập mật khẩu.',
  'account.mfa.hint': 'Khi đăng nhập, bạn cần nhập mật khẩu, rồi nhập mã từ phương thức được dùng trước.',
  'account.mfa.retry': 'Thử lại',
  'account.mfa.on': 'Đang bật',
  'account.mfa.preferred': 'Đang bật, dùng trước',
  'account.mfa.turnOn': 'Bật',
  'account.mfa.turnOff': 'Tắt',
  'account.mfa.prefer': 'Dùng trước',
  'account.mfa.cancel': 'Hủy',
  'account.mfa.totpOn': 'Ứng dụng xác thực của bạn đã được bật. Lần đăng nhập tới, hãy nhập mã mà ứng dụng hiển thị.',
  'account.mfa.saved': 'Đã lưu thay đổi của bạn.',
  'error.mfaLastRequired':
    'Tài khoản này bắt buộc phải có xác minh 2 bước. Hãy bật một phương thức khác trước khi tắt phương thức này.',
};
