import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'پہلا نام',
  'attribute.family_name': 'خاندانی نام',
  'attribute.name': 'نام',
  'attribute.nickname': 'عرفی نام',
  'attribute.preferred_username': 'ترجیحی صارف نام',
  'attribute.middle_name': 'درمیانی نام',
  'attribute.email': 'ای میل',
  'attribute.phone_number': 'فون نمبر',
  'attribute.birthdate': 'تاریخ پیدائش',
  'attribute.address': 'پتہ',
  'attribute.gender': 'صنف',
  'attribute.locale': 'زبان اور علاقہ',
  'attribute.picture': 'تصویر کا URL',
  'attribute.profile': 'پروفائل کا URL',
  'attribute.website': 'ویب سائٹ',
  'attribute.zoneinfo': 'ٹائم زون',
};
