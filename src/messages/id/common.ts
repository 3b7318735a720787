import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Nama pengguna',
  'field.password': 'Kata sandi',
  'field.code': 'Kode',
  'action.signIn': 'Masuk',
  'action.confirm': 'Konfirmasi',
  'action.resendCode': 'Kirim kode baru',
  'action.backToSignIn': 'Kembali ke halaman masuk',
  'action.changePassword': 'Ubah kata sandi',
  'action.working': 'Harap tunggu…',
  'action.showPassword': 'Tampilkan kata sandi',
  'action.resendCodeIn.other': 'Kirim kode baru dalam {count} detik',
  'hint.codeResentNoDestination': 'Kode baru sedang dikirim.',
  'hint.resetRequired': 'Anda harus menyetel ulang kata sandi sebelum dapat masuk.',
  'error.prefix': 'Kesalahan:',
  'error.network': 'Tidak dapat terhubung ke layanan masuk. Periksa koneksi Anda, lalu coba lagi.',
  'field.email': 'Email',
  'field.phone': 'Nomor telepon',
  'field.emailOrPhone': 'Email atau nomor telepon',
  'action.createAccount': 'Buat akun',
  'hint.codeLength.other': 'Kode terdiri dari {count} digit.',
};
