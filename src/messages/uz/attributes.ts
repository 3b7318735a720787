import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Ism',
  'attribute.family_name': 'Familiya',
  'attribute.name': 'Toʻliq ism',
  'attribute.nickname': 'Taxallus',
  'attribute.preferred_username': 'Afzal foydalanuvchi nomi',
  'attribute.middle_name': 'Otasining ismi',
  'attribute.email': 'Email',
  'attribute.phone_number': 'Telefon raqami',
  'attribute.birthdate': 'Tugʻilgan sana',
  'attribute.address': 'Manzil',
  'attribute.gender': 'Jins',
  'attribute.locale': 'Til va hudud',
  'attribute.picture': 'Rasm URL manzili',
  'attribute.profile': 'Profil URL manzili',
  'attribute.website': 'Veb-sayt',
  'attribute.zoneinfo': 'Vaqt mintaqasi',
};
