import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Sunan farko',
  'attribute.family_name': 'Sunan iyali',
  'attribute.name': 'Cikakken suna',
  'attribute.nickname': 'Laƙabi',
  'attribute.preferred_username': 'Sunan mai amfani da kuke so',
  'attribute.middle_name': 'Sunan tsakiya',
  'attribute.email': 'Imel',
  'attribute.phone_number': 'Lambar waya',
  'attribute.birthdate': 'Ranar haihuwa',
  'attribute.address': 'Adireshi',
  'attribute.gender': 'Jinsi',
  'attribute.locale': 'Harshe da yanki',
  'attribute.picture': 'URL na hoto',
  'attribute.profile': 'URL na bayanan martaba',
  'attribute.website': 'Shafin yanar gizo',
  'attribute.zoneinfo': 'Yankin lokaci',
};
