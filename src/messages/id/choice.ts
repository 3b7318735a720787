import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Bagaimana Anda ingin masuk?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Pilih cara memverifikasi bahwa ini memang Anda',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Siapkan verifikasi 2 langkah',
  'choice.SMS': 'Pesan teks (SMS)',
  'choice.TOTP': 'Aplikasi autentikator',
  'choice.EMAIL': 'Email',
  'choice.PASSWORD': 'Kata sandi',
  'choice.PASSWORD_SRP': 'Kata sandi',
  'choice.EMAIL_OTP': 'Kirim kode lewat email',
  'choice.SMS_OTP': 'Kirim kode lewat SMS',
  'choice.WEB_AUTHN': 'Kunci sandi',
};
