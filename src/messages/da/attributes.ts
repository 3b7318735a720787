import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Fornavn',
  'attribute.family_name': 'Efternavn',
  'attribute.name': 'Navn',
  'attribute.nickname': 'Kaldenavn',
  'attribute.preferred_username': 'Foretrukket brugernavn',
  'attribute.middle_name': 'Mellemnavn',
  'attribute.email': 'E-mail',
  'attribute.phone_number': 'Telefonnummer',
  'attribute.birthdate': 'Fødselsdato',
  'attribute.address': 'Adresse',
  'attribute.gender': 'Køn',
  'attribute.locale': 'Sprog og område',
  'attribute.picture': 'URL til profilbillede',
  'attribute.profile': 'URL til profilside',
  'attribute.website': 'Websted',
  'attribute.zoneinfo': 'Tidszone',
};
