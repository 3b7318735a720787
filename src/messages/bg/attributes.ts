import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Собствено име',
  'attribute.family_name': 'Фамилия',
  'attribute.name': 'Пълно име',
  'attribute.nickname': 'Псевдоним',
  'attribute.preferred_username': 'Предпочитано потребителско име',
  'attribute.middle_name': 'Презиме',
  'attribute.email': 'Имейл',
  'attribute.phone_number': 'Телефонен номер',
  'attribute.birthdate': 'Дата на раждане',
  'attribute.address': 'Адрес',
  'attribute.gender': 'Пол',
  'attribute.locale': 'Език и регион',
  'attribute.picture': 'URL адрес на снимката на профила',
  'attribute.profile': 'URL адрес на профила',
  'attribute.website': 'Уебсайт',
  'attribute.zoneinfo': 'Часова зона',
};
