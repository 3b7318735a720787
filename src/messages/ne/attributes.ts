import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'पहिलो नाम',
  'attribute.family_name': 'थर',
  'attribute.name': 'पूरा नाम',
  'attribute.nickname': 'उपनाम',
  'attribute.preferred_username': 'रोजेको प्रयोगकर्ताको नाम',
  'attribute.middle_name': 'बीचको नाम',
  'attribute.email': 'इमेल',
  'attribute.phone_number': 'फोन नम्बर',
  'attribute.birthdate': 'जन्म मिति',
  'attribute.address': 'ठेगाना',
  'attribute.gender': 'लिङ्ग',
  'attribute.locale': 'भाषा र क्षेत्र',
  'attribute.picture': 'प्रोफाइल फोटोको URL',
  'attribute.profile': 'प्रोफाइलको URL',
  'attribute.website': 'वेबसाइट',
  'attribute.zoneinfo': 'समय क्षेत्र',
};
