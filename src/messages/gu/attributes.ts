import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'પ્રથમ નામ',
  'attribute.family_name': 'અટક',
  'attribute.name': 'પૂરું નામ',
  'attribute.nickname': 'હુલામણું નામ',
  'attribute.preferred_username': 'પસંદગીનું વપરાશકર્તાનું નામ',
  'attribute.middle_name': 'વચલું નામ',
  'attribute.email': 'ઇમેઇલ',
  'attribute.phone_number': 'ફોન નંબર',
  'attribute.birthdate': 'જન્મતારીખ',
  'attribute.address': 'સરનામું',
  'attribute.gender': 'લિંગ',
  'attribute.locale': 'ભાષા અને પ્રદેશ',
  'attribute.picture': 'ફોટોનું URL',
  'attribute.profile': 'પ્રોફાઇલનું URL',
  'attribute.website': 'વેબસાઇટ',
  'attribute.zoneinfo': 'સમય ઝોન',
};
