import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Eiginnafn',
  'attribute.family_name': 'Kenninafn',
  'attribute.name': 'Fullt nafn',
  'attribute.nickname': 'Gælunafn',
  'attribute.preferred_username': 'Æskilegt notandanafn',
  'attribute.middle_name': 'Millinafn',
  'attribute.email': 'Netfang',
  'attribute.phone_number': 'Símanúmer',
  'attribute.birthdate': 'Fæðingardagur',
  'attribute.address': 'Heimilisfang',
  'attribute.gender': 'Kyn',
  'attribute.locale': 'Tungumál og svæði',
  'attribute.picture': 'Vefslóð prófílmyndar',
  'attribute.profile': 'Vefslóð prófíls',
  'attribute.website': 'Vefsvæði',
  'attribute.zoneinfo': 'Tímabelti',
};
