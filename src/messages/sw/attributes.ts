import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Jina la kwanza',
  'attribute.family_name': 'Jina la ukoo',
  'attribute.name': 'Jina kamili',
  'attribute.nickname': 'Jina la utani',
  'attribute.preferred_username': 'Jina la mtumiaji unalopendelea',
  'attribute.middle_name': 'Jina la kati',
  'attribute.email': 'Barua pepe',
  'attribute.phone_number': 'Nambari ya simu',
  'attribute.birthdate': 'Tarehe ya kuzaliwa',
  'attribute.address': 'Anwani',
  'attribute.gender': 'Jinsia',
  'attribute.locale': 'Lugha na eneo',
  'attribute.picture': 'URL ya picha',
  'attribute.profile': 'URL ya wasifu',
  'attribute.website': 'Tovuti',
  'attribute.zoneinfo': 'Saa za eneo',
};
