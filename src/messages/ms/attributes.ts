import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Nama pertama',
  'attribute.family_name': 'Nama keluarga',
  'attribute.name': 'Nama penuh',
  'attribute.nickname': 'Nama panggilan',
  'attribute.preferred_username': 'Nama pengguna pilihan',
  'attribute.middle_name': 'Nama tengah',
  'attribute.email': 'E-mel',
  'attribute.phone_number': 'Nombor telefon',
  'attribute.birthdate': 'Tarikh lahir',
  'attribute.address': 'Alamat',
  'attribute.gender': 'Jantina',
  'attribute.locale': 'Bahasa dan rantau',
  'attribute.picture': 'URL gambar',
  'attribute.profile': 'URL profil',
  'attribute.website': 'Laman web',
  'attribute.zoneinfo': 'Zon waktu',
};
