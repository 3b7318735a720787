import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Անուն',
  'attribute.family_name': 'Ազգանուն',
  'attribute.name': 'Անուն ազգանուն',
  'attribute.nickname': 'Մականուն',
  'attribute.preferred_username': 'Նախընտրելի օգտանուն',
  'attribute.middle_name': 'Հայրանուն',
  'attribute.email': 'Էլ. փոստ',
  'attribute.phone_number': 'Հեռախոսահամար',
  'attribute.birthdate': 'Ծննդյան ամսաթիվ',
  'attribute.address': 'Հասցե',
  'attribute.gender': 'Սեռ',
  'attribute.locale': 'Լեզու և տարածաշրջան',
  'attribute.picture': 'Պրոֆիլի նկարի URL',
  'attribute.profile': 'Պրոֆիլի URL',
  'attribute.website': 'Կայք',
  'attribute.zoneinfo': 'Ժամային գոտի',
};
