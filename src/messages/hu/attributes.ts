import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Utónév',
  'attribute.family_name': 'Vezetéknév',
  'attribute.name': 'Név',
  'attribute.nickname': 'Becenév',
  'attribute.preferred_username': 'Választott felhasználónév',
  'attribute.middle_name': 'Második utónév',
  'attribute.email': 'E-mail-cím',
  'attribute.phone_number': 'Telefonszám',
  'attribute.birthdate': 'Születési dátum',
  'attribute.address': 'Cím',
  'attribute.gender': 'Nem',
  'attribute.locale': 'Nyelv és régió',
  'attribute.picture': 'Profilkép URL-címe',
  'attribute.profile': 'Profiloldal URL-címe',
  'attribute.website': 'Webhely',
  'attribute.zoneinfo': 'Időzóna',
};
