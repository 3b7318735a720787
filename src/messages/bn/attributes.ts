import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'নামের প্রথম অংশ',
  'attribute.family_name': 'পদবি',
  'attribute.name': 'নাম',
  'attribute.nickname': 'ডাকনাম',
  'attribute.preferred_username': 'পছন্দের ইউজারনেম',
  'attribute.middle_name': 'নামের মাঝের অংশ',
  'attribute.email': 'ইমেল',
  'attribute.phone_number': 'ফোন নম্বর',
  'attribute.birthdate': 'জন্মতারিখ',
  'attribute.address': 'ঠিকানা',
  'attribute.gender': 'লিঙ্গ',
  'attribute.locale': 'ভাষা ও অঞ্চল',
  'attribute.picture': 'ছবির URL',
  'attribute.profile': 'প্রোফাইলের URL',
  'attribute.website': 'ওয়েবসাইট',
  'attribute.zoneinfo': 'টাইম জোন',
};
