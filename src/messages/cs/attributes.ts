import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Jméno',
  'attribute.family_name': 'Příjmení',
  'attribute.name': 'Celé jméno',
  'attribute.nickname': 'Přezdívka',
  'attribute.preferred_username': 'Preferované uživatelské jméno',
  'attribute.middle_name': 'Druhé jméno',
  'attribute.email': 'E-mail',
  'attribute.phone_number': 'Telefonní číslo',
  'attribute.birthdate': 'Datum narození',
  'attribute.address': 'Adresa',
  'attribute.gender': 'Pohlaví',
  'attribute.locale': 'Jazyk a oblast',
  'attribute.picture': 'URL profilového obrázku',
  'attribute.profile': 'URL profilové stránky',
  'attribute.website': 'Webové stránky',
  'attribute.zoneinfo': 'Časové pásmo',
};
