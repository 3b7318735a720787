import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Име',
  'attribute.family_name': 'Презиме',
  'attribute.name': 'Име и презиме',
  'attribute.nickname': 'Надимак',
  'attribute.preferred_username': 'Жељено корисничко име',
  'attribute.middle_name': 'Средње име',
  'attribute.email': 'Имејл',
  'attribute.phone_number': 'Број телефона',
  'attribute.birthdate': 'Датум рођења',
  'attribute.address': 'Адреса',
  'attribute.gender': 'Пол',
  'attribute.locale': 'Језик и регион',
  'attribute.picture': 'URL слике профила',
  'attribute.profile': 'URL профила',
  'attribute.website': 'Веб-сајт',
  'attribute.zoneinfo': 'Временска зона',
};
