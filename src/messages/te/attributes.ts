import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'మొదటి పేరు',
  'attribute.family_name': 'ఇంటి పేరు',
  'attribute.name': 'పూర్తి పేరు',
  'attribute.nickname': 'ముద్దుపేరు',
  'attribute.preferred_username': 'ప్రాధాన్య యూజర్‌నేమ్',
  'attribute.middle_name': 'మధ్య పేరు',
  'attribute.email': 'ఈమెయిల్',
  'attribute.phone_number': 'ఫోన్ నంబర్',
  'attribute.birthdate': 'పుట్టిన తేదీ',
  'attribute.address': 'చిరునామా',
  'attribute.gender': 'లింగం',
  'attribute.locale': 'భాష, ప్రాంతం',
  'attribute.picture': 'ఫోటో URL',
  'attribute.profile': 'ప్రొఫైల్ URL',
  'attribute.website': 'వెబ్‌సైట్',
  'attribute.zoneinfo': 'టైమ్ జోన్',
};
