import type { Catalog } from '../en.js';

/** `ru`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Имя',
  'attribute.family_name': 'Фамилия',
  'attribute.name': 'Полное имя',
  'attribute.nickname': 'Псевдоним',
  'attribute.preferred_username': 'Предпочитаемое имя пользователя',
  'attribute.middle_name': 'Отчество',
  'attribute.email': 'Электронная почта',
  'attribute.phone_number': 'Номер телефона',
  'attribute.birthdate': 'Дата рождения',
  'attribute.address': 'Адрес',
  'attribute.gender': 'Пол',
  'attribute.locale': 'Язык и регион',
  'attribute.picture': 'Ссылка на фото профиля',
  'attribute.profile': 'Ссылка на профиль',
  'attribute.website': 'Сайт',
  'attribute.zoneinfo': 'Часовой пояс',
};
