import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Аты',
  'attribute.family_name': 'Тегі',
  'attribute.name': 'Толық аты',
  'attribute.nickname': 'Лақап аты',
  'attribute.preferred_username': 'Қалаған пайдаланушы аты',
  'attribute.middle_name': 'Әкесінің аты',
  'attribute.email': 'Электрондық пошта',
  'attribute.phone_number': 'Телефон нөмірі',
  'attribute.birthdate': 'Туған күні',
  'attribute.address': 'Мекенжай',
  'attribute.gender': 'Жынысы',
  'attribute.locale': 'Тіл және аймақ',
  'attribute.picture': 'Профиль суретінің URL мекенжайы',
  'attribute.profile': 'Профильдің URL мекенжайы',
  'attribute.website': 'Веб-сайт',
  'attribute.zoneinfo': 'Уақыт белдеуі',
};
