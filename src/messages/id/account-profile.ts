import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profil',
  'account.profile.submit': 'Simpan',
  'account.profile.saved': 'Profil Anda telah disimpan.',
  'account.profile.pending': 'Sampai Anda memasukkan kode, Anda tetap login dengan {old}.',
  'account.profile.confirmed': 'Terkonfirmasi. Sekarang Anda login dengan {value}.',
  'account.profile.cancel': 'Batal',
};
