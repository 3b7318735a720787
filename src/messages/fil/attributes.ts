import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Pangalan',
  'attribute.family_name': 'Apelyido',
  'attribute.name': 'Buong pangalan',
  'attribute.nickname': 'Palayaw',
  'attribute.preferred_username': 'Gustong username',
  'attribute.middle_name': 'Gitnang pangalan',
  'attribute.email': 'Email',
  'attribute.phone_number': 'Numero ng telepono',
  'attribute.birthdate': 'Petsa ng kapanganakan',
  'attribute.address': 'Address',
  'attribute.gender': 'Kasarian',
  'attribute.locale': 'Wika at rehiyon',
  'attribute.picture': 'URL ng larawan',
  'attribute.profile': 'URL ng profile',
  'attribute.website': 'Website',
  'attribute.zoneinfo': 'Time zone',
};
