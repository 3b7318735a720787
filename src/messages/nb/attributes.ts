import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Fornavn',
  'attribute.family_name': 'Etternavn',
  'attribute.name': 'Navn',
  'attribute.nickname': 'Kallenavn',
  'attribute.preferred_username': 'Foretrukket brukernavn',
  'attribute.middle_name': 'Mellomnavn',
  'attribute.email': 'E-post',
  'attribute.phone_number': 'Telefonnummer',
  'attribute.birthdate': 'Fødselsdato',
  'attribute.address': 'Adresse',
  'attribute.gender': 'Kjønn',
  'attribute.locale': 'Språk og region',
  'attribute.picture': 'Nettadresse til profilbilde',
  'attribute.profile': 'Nettadresse til profilside',
  'attribute.website': 'Nettsted',
  'attribute.zoneinfo': 'Tidssone',
};
