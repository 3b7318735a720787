import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Vārds',
  'attribute.family_name': 'Uzvārds',
  'attribute.name': 'Vārds un uzvārds',
  'attribute.nickname': 'Iesauka',
  'attribute.preferred_username': 'Vēlamais lietotājvārds',
  'attribute.middle_name': 'Otrais vārds',
  'attribute.email': 'E-pasts',
  'attribute.phone_number': 'Tālruņa numurs',
  'attribute.birthdate': 'Dzimšanas datums',
  'attribute.address': 'Adrese',
  'attribute.gender': 'Dzimums',
  'attribute.locale': 'Valoda un reģions',
  'attribute.picture': 'Profila attēla URL',
  'attribute.profile': 'Profila URL',
  'attribute.website': 'Tīmekļa vietne',
  'attribute.zoneinfo': 'Laika josla',
};
