import type { Catalog } from '../en.js';

/** `be`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Імя',
  'attribute.family_name': 'Прозвішча',
  'attribute.name': 'Поўнае імя',
  'attribute.nickname': 'Псеўданім',
  'attribute.preferred_username': 'Пажаданае імя карыстальніка',
  'attribute.middle_name': 'Імя па бацьку',
  'attribute.email': 'Электронная пошта',
  'attribute.phone_number': 'Нумар тэлефона',
  'attribute.birthdate': 'Дата нараджэння',
  'attribute.address': 'Адрас',
  'attribute.gender': 'Пол',
  'attribute.locale': 'Мова і рэгіён',
  'attribute.picture': 'Спасылка на фота профілю',
  'attribute.profile': 'Спасылка на профіль',
  'attribute.website': 'Вэб-сайт',
  'attribute.zoneinfo': 'Часавы пояс',
};
