import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Ghi nhớ thiết bị này',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Nhập mã chúng tôi đã gửi qua tin nhắn',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Nhập mã chúng tôi đã gửi qua email',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Nhập mã từ ứng dụng xác thực',
  'step.CONFIRM_SIGN_UP.title': 'Xác nhận tài khoản của bạn',
  'hint.codeSent': 'Chúng tôi đã gửi mã đến {destination}.',
  'hint.codeSentBy.SMS': 'Chúng tôi đã gửi mã qua tin nhắn đến {destination}.',
  'hint.codeSentBy.EMAIL': 'Chúng tôi đã gửi mã qua email đến {destination}.',
  'hint.totpCode': 'Mở ứng dụng xác thực và nhập mã gồm 6 chữ số cho tài khoản này.',
  'hint.confirmSignUp': 'Nhập mã chúng tôi đã gửi đến {destination} để xác nhận tài khoản của bạn.',
  'hint.confirmSignUpNoDestination': 'Nhập mã chúng tôi đã gửi cho bạn để xác nhận tài khoản của bạn.',
};
