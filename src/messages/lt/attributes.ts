import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Vardas',
  'attribute.family_name': 'Pavardė',
  'attribute.name': 'Vardas ir pavardė',
  'attribute.nickname': 'Slapyvardis',
  'attribute.preferred_username': 'Pageidaujamas naudotojo vardas',
  'attribute.middle_name': 'Antrasis vardas',
  'attribute.email': 'El. paštas',
  'attribute.phone_number': 'Telefono numeris',
  'attribute.birthdate': 'Gimimo data',
  'attribute.address': 'Adresas',
  'attribute.gender': 'Lytis',
  'attribute.locale': 'Kalba ir regionas',
  'attribute.picture': 'Profilio nuotraukos URL',
  'attribute.profile': 'Profilio URL',
  'attribute.website': 'Svetainė',
  'attribute.zoneinfo': 'Laiko juosta',
};
