import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Förnamn',
  'attribute.family_name': 'Efternamn',
  'attribute.name': 'Namn',
  'attribute.nickname': 'Smeknamn',
  'attribute.preferred_username': 'Önskat användarnamn',
  'attribute.middle_name': 'Mellannamn',
  'attribute.email': 'E-post',
  'attribute.phone_number': 'Telefonnummer',
  'attribute.birthdate': 'Födelsedatum',
  'attribute.address': 'Adress',
  'attribute.gender': 'Kön',
  'attribute.locale': 'Språk och region',
  'attribute.picture': 'URL till profilbild',
  'attribute.profile': 'URL till profilsida',
  'attribute.website': 'Webbplats',
  'attribute.zoneinfo': 'Tidszon',
};
