import type { Catalog } from '../en.js';

/** `hr`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Ime',
  'attribute.family_name': 'Prezime',
  'attribute.name': 'Ime i prezime',
  'attribute.nickname': 'Nadimak',
  'attribute.preferred_username': 'Željeno korisničko ime',
  'attribute.middle_name': 'Srednje ime',
  'attribute.email': 'E-pošta',
  'attribute.phone_number': 'Telefonski broj',
  'attribute.birthdate': 'Datum rođenja',
  'attribute.address': 'Adresa',
  'attribute.gender': 'Spol',
  'attribute.locale': 'Jezik i regija',
  'attribute.picture': 'URL profilne slike',
  'attribute.profile': 'URL profila',
  'attribute.website': 'Web-stranica',
  'attribute.zoneinfo': 'Vremenska zona',
};
