import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Sao chép khóa thiết lập',
  'action.openAuthenticator': 'Mở trong ứng dụng xác thực',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Thiết lập ứng dụng xác thực',
  'hint.totpSecret': 'Khóa thiết lập',
  'hint.totpQrAlt': 'Mã QR để thêm tài khoản này vào ứng dụng xác thực',
  'hint.totpCopied': 'Đã sao chép',
  'error.qrCode': 'Không thể hiển thị mã QR. Thay vào đó, hãy nhập khóa thiết lập vào ứng dụng xác thực.',
  'hint.totpStepApp': 'Mở ứng dụng xác thực trên điện thoại của bạn, hoặc cài đặt một ứng dụng.',
  'hint.totpStepScan': 'Quét mã QR bằng ứng dụng, hoặc sao chép khóa thiết lập vào ứng dụng.',
  'hint.totpStepCode': 'Nhập mã gồm 6 chữ số mà ứng dụng hiển thị.',
};
