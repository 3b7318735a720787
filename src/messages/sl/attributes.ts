import type { Catalog } from '../en.js';

/** `sl`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Ime',
  'attribute.family_name': 'Priimek',
  'attribute.name': 'Ime in priimek',
  'attribute.nickname': 'Vzdevek',
  'attribute.preferred_username': 'Želeno uporabniško ime',
  'attribute.middle_name': 'Srednje ime',
  'attribute.email': 'E-pošta',
  'attribute.phone_number': 'Telefonska številka',
  'attribute.birthdate': 'Datum rojstva',
  'attribute.address': 'Naslov',
  'attribute.gender': 'Spol',
  'attribute.locale': 'Jezik in regija',
  'attribute.picture': 'URL profilne slike',
  'attribute.profile': 'URL profila',
  'attribute.website': 'Spletno mesto',
  'attribute.zoneinfo': 'Časovni pas',
};
