import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Нэр',
  'attribute.family_name': 'Овог',
  'attribute.name': 'Бүтэн нэр',
  'attribute.nickname': 'Хоч',
  'attribute.preferred_username': 'Хүссэн хэрэглэгчийн нэр',
  'attribute.middle_name': 'Дунд нэр',
  'attribute.email': 'Имэйл',
  'attribute.phone_number': 'Утасны дугаар',
  'attribute.birthdate': 'Төрсөн огноо',
  'attribute.address': 'Хаяг',
  'attribute.gender': 'Хүйс',
  'attribute.locale': 'Хэл ба бүс нутаг',
  'attribute.picture': 'Профайл зургийн URL',
  'attribute.profile': 'Профайлын URL',
  'attribute.website': 'Вэбсайт',
  'attribute.zoneinfo': 'Цагийн бүс',
};
