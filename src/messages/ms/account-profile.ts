import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profil',
  'account.profile.submit': 'Simpan',
  'account.profile.saved': 'Profil anda telah disimpan.',
  'account.profile.pending': 'Sehingga anda memasukkan kod, anda masih log masuk dengan {old}.',
  'account.profile.confirmed': 'Disahkan. Kini anda log masuk dengan {value}.',
  'account.profile.cancel': 'Batal',
};
