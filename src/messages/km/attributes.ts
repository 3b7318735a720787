import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'នាមខ្លួន',
  'attribute.family_name': 'នាមត្រកូល',
  'attribute.name': 'ឈ្មោះពេញ',
  'attribute.nickname': 'ឈ្មោះហៅក្រៅ',
  'attribute.preferred_username': 'ឈ្មោះអ្នកប្រើដែលចូលចិត្ត',
  'attribute.middle_name': 'ឈ្មោះកណ្ដាល',
  'attribute.email': 'អ៊ីមែល',
  'attribute.phone_number': 'លេខទូរសព្ទ',
  'attribute.birthdate': 'ថ្ងៃខែឆ្នាំកំណើត',
  'attribute.address': 'អាសយដ្ឋាន',
  'attribute.gender': 'ភេទ',
  'attribute.locale': 'ភាសា និងតំបន់',
  'attribute.picture': 'URL រូបភាពប្រវត្តិរូប',
  'attribute.profile': 'URL ប្រវត្តិរូប',
  'attribute.website': 'គេហទំព័រ',
  'attribute.zoneinfo': 'ល្វែងម៉ោង',
};
