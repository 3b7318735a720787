import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Nama depan',
  'attribute.family_name': 'Nama belakang',
  'attribute.name': 'Nama lengkap',
  'attribute.nickname': 'Nama panggilan',
  'attribute.preferred_username': 'Nama pengguna pilihan',
  'attribute.middle_name': 'Nama tengah',
  'attribute.email': 'Email',
  'attribute.phone_number': 'Nomor telepon',
  'attribute.birthdate': 'Tanggal lahir',
  'attribute.address': 'Alamat',
  'attribute.gender': 'Jenis kelamin',
  'attribute.locale': 'Bahasa dan wilayah',
  'attribute.picture': 'URL foto profil',
  'attribute.profile': 'URL halaman profil',
  'attribute.website': 'Situs web',
  'attribute.zoneinfo': 'Zona waktu',
};
