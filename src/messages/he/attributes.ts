import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'שם פרטי',
  'attribute.family_name': 'שם משפחה',
  'attribute.name': 'שם מלא',
  'attribute.nickname': 'כינוי',
  'attribute.preferred_username': 'שם משתמש מועדף',
  'attribute.middle_name': 'שם אמצעי',
  'attribute.email': 'אימייל',
  'attribute.phone_number': 'מספר טלפון',
  'attribute.birthdate': 'תאריך לידה',
  'attribute.address': 'כתובת',
  'attribute.gender': 'מגדר',
  'attribute.locale': 'שפה ואזור',
  'attribute.picture': 'כתובת URL של תמונת הפרופיל',
  'attribute.profile': 'כתובת URL של הפרופיל',
  'attribute.website': 'אתר אינטרנט',
  'attribute.zoneinfo': 'אזור זמן',
};
