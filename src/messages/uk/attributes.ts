import type { Catalog } from '../en.js';

/** `uk`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Ім’я',
  'attribute.family_name': 'Прізвище',
  'attribute.name': 'Повне ім’я',
  'attribute.nickname': 'Псевдонім',
  'attribute.preferred_username': 'Бажане ім’я користувача',
  'attribute.middle_name': 'По батькові',
  'attribute.email': 'Електронна пошта',
  'attribute.phone_number': 'Номер телефону',
  'attribute.birthdate': 'Дата народження',
  'attribute.address': 'Адреса',
  'attribute.gender': 'Стать',
  'attribute.locale': 'Мова й регіон',
  'attribute.picture': 'Посилання на фото профілю',
  'attribute.profile': 'Посилання на профіль',
  'attribute.website': 'Вебсайт',
  'attribute.zoneinfo': 'Часовий пояс',
};
