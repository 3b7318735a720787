import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Verifikasi 2 langkah',
  'account.mfa.off': 'Verifikasi 2 langkah nonaktif: saat login, Anda hanya diminta sandi.',
  'account.mfa.hint': 'Saat login, Anda diminta sandi, lalu kode dari metode yang digunakan pertama.',
  'account.mfa.retry': 'Coba lagi',
  'account.mfa.on': 'Aktif',
  'account.mfa.preferred': 'Aktif, digunakan pertama',
  'account.mfa.turnOn': 'Aktifkan',
  'account.mfa.turnOff': 'Nonaktifkan',
  'account.mfa.prefer': 'Gunakan pertama',
  'account.mfa.cancel': 'Batal',
  'account.mfa.totpOn':
    'Aplikasi autentikator Anda sudah aktif. Saat login berikutnya, masukkan kode yang ditampilkannya.',
  'account.mfa.saved': 'Perubahan Anda telah disimpan.',
  'error.mfaLastRequired':
    'Akun ini wajib memakai verifikasi 2 langkah. Aktifkan metode lain sebelum menonaktifkan metode ini.',
};
