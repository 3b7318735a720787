import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Anda belum masuk. Masuk untuk mengelola akun Anda.',
  'account.password.title': 'Ubah kata sandi',
  'account.field.currentPassword': 'Kata sandi saat ini',
  'account.password.submit': 'Ubah kata sandi',
  'account.password.changed': 'Kata sandi Anda telah diubah.',
  'account.error.currentPassword': 'Itu bukan kata sandi Anda saat ini.',
  'account.sessions.title': 'Keluar dari mana saja',
  'account.sessions.hint': 'Anda akan keluar dari semua perangkat dan browser tempat Anda masuk, termasuk yang ini.',
  'account.sessions.submit': 'Keluar dari semua perangkat',
  'account.delete.title': 'Hapus akun Anda',
  'account.delete.hint':
    'Tindakan ini menghapus akun Anda beserta semua yang tersimpan di dalamnya. Tidak dapat dibatalkan.',
  'account.delete.word': 'hapus',
  'account.delete.field': 'Untuk mengonfirmasi, ketik “{word}”',
  'account.delete.submit': 'Hapus akun',
  'account.delete.mismatch': 'Ketik “{word}” untuk mengonfirmasi.',
  'account.delete.done': 'Akun Anda telah dihapus.',
};
