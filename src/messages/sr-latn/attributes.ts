import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Ime',
  'attribute.family_name': 'Prezime',
  'attribute.name': 'Ime i prezime',
  'attribute.nickname': 'Nadimak',
  'attribute.preferred_username': 'Željeno korisničko ime',
  'attribute.middle_name': 'Srednje ime',
  'attribute.email': 'Imejl',
  'attribute.phone_number': 'Broj telefona',
  'attribute.birthdate': 'Datum rođenja',
  'attribute.address': 'Adresa',
  'attribute.gender': 'Pol',
  'attribute.locale': 'Jezik i region',
  'attribute.picture': 'URL slike profila',
  'attribute.profile': 'URL profila',
  'attribute.website': 'Veb-sajt',
  'attribute.zoneinfo': 'Vremenska zona',
};
