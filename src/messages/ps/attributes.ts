import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'نوم',
  'attribute.family_name': 'تخلص',
  'attribute.name': 'بشپړ نوم',
  'attribute.nickname': 'مستعار نوم',
  'attribute.preferred_username': 'غوره کارن نوم',
  'attribute.middle_name': 'منځنی نوم',
  'attribute.email': 'برېښنالیک',
  'attribute.phone_number': 'د تلیفون شمېره',
  'attribute.birthdate': 'د زېږېدو نېټه',
  'attribute.address': 'پته',
  'attribute.gender': 'جنسیت',
  'attribute.locale': 'ژبه او سیمه',
  'attribute.picture': 'د پروفایل انځور URL',
  'attribute.profile': 'د پروفایل URL',
  'attribute.website': 'وېبپاڼه',
  'attribute.zoneinfo': 'د وخت سیمه',
};
