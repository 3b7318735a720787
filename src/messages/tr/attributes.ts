import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Ad',
  'attribute.family_name': 'Soyadı',
  'attribute.name': 'Ad soyad',
  'attribute.nickname': 'Takma ad',
  'attribute.preferred_username': 'Tercih edilen kullanıcı adı',
  'attribute.middle_name': 'İkinci ad',
  'attribute.email': 'E-posta',
  'attribute.phone_number': 'Telefon numarası',
  'attribute.birthdate': 'Doğum tarihi',
  'attribute.address': 'Adres',
  'attribute.gender': 'Cinsiyet',
  'attribute.locale': 'Dil ve bölge',
  'attribute.picture': 'Profil fotoğrafı URL’si',
  'attribute.profile': 'Profil URL’si',
  'attribute.website': 'Web sitesi',
  'attribute.zoneinfo': 'Saat dilimi',
};
