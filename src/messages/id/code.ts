import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Ingat perangkat ini',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Masukkan kode yang kami kirim lewat SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Masukkan kode yang kami kirim lewat email',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Masukkan kode dari aplikasi autentikator',
  'step.CONFIRM_SIGN_UP.title': 'Konfirmasi akun Anda',
  'hint.codeSent': 'Kami telah mengirim kode ke {destination}.',
  'hint.codeSentBy.SMS': 'Kami telah mengirim kode lewat SMS ke {destination}.',
  'hint.codeSentBy.EMAIL': 'Kami telah mengirim kode lewat email ke {destination}.',
  'hint.totpCode': 'Buka aplikasi autentikator Anda, lalu masukkan kode 6 digit untuk akun ini.',
  'hint.confirmSignUp': 'Masukkan kode yang kami kirim ke {destination} untuk mengonfirmasi akun Anda.',
  'hint.confirmSignUpNoDestination': 'Masukkan kode yang kami kirim kepada Anda untuk mengonfirmasi akun Anda.',
};
