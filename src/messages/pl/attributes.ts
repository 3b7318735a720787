import type { Catalog } from '../en.js';

/** `pl`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Imię',
  'attribute.family_name': 'Nazwisko',
  'attribute.name': 'Imię i nazwisko',
  'attribute.nickname': 'Pseudonim',
  'attribute.preferred_username': 'Preferowana nazwa użytkownika',
  'attribute.middle_name': 'Drugie imię',
  'attribute.email': 'Adres e-mail',
  'attribute.phone_number': 'Numer telefonu',
  'attribute.birthdate': 'Data urodzenia',
  'attribute.address': 'Adres',
  'attribute.gender': 'Płeć',
  'attribute.locale': 'Język i region',
  'attribute.picture': 'URL zdjęcia profilowego',
  'attribute.profile': 'URL strony profilu',
  'attribute.website': 'Strona internetowa',
  'attribute.zoneinfo': 'Strefa czasowa',
};
