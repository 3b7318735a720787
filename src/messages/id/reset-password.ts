import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Kirim kode',
  'step.RESET_PASSWORD.title': 'Setel ulang kata sandi',
  'step.CONFIRM_RESET_PASSWORD.title': 'Buat kata sandi baru',
  'hint.resetPassword': 'Kami akan mengirim kode untuk menyetel ulang kata sandi akun ini.',
  'hint.confirmResetPassword': 'Masukkan kode yang kami kirim ke {destination}, lalu buat kata sandi baru.',
  'hint.confirmResetPasswordNoDestination': 'Masukkan kode yang kami kirim kepada Anda, lalu buat kata sandi baru.',
};
