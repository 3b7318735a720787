import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Eesnimi',
  'attribute.family_name': 'Perekonnanimi',
  'attribute.name': 'Nimi',
  'attribute.nickname': 'Hüüdnimi',
  'attribute.preferred_username': 'Eelistatud kasutajanimi',
  'attribute.middle_name': 'Teine eesnimi',
  'attribute.email': 'E-post',
  'attribute.phone_number': 'Telefoninumber',
  'attribute.birthdate': 'Sünnikuupäev',
  'attribute.address': 'Aadress',
  'attribute.gender': 'Sugu',
  'attribute.locale': 'Keel ja piirkond',
  'attribute.picture': 'Profiilipildi URL',
  'attribute.profile': 'Profiili URL',
  'attribute.website': 'Veebisait',
  'attribute.zoneinfo': 'Ajavöönd',
};
