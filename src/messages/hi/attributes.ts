import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'पहला नाम',
  'attribute.family_name': 'उपनाम',
  'attribute.name': 'पूरा नाम',
  'attribute.nickname': 'निकनेम',
  'attribute.preferred_username': 'पसंदीदा उपयोगकर्ता नाम',
  'attribute.middle_name': 'मध्य नाम',
  'attribute.email': 'ईमेल',
  'attribute.phone_number': 'फ़ोन नंबर',
  'attribute.birthdate': 'जन्म तारीख',
  'attribute.address': 'पता',
  'attribute.gender': 'लिंग',
  'attribute.locale': 'भाषा और क्षेत्र',
  'attribute.picture': 'प्रोफ़ाइल फ़ोटो का URL',
  'attribute.profile': 'प्रोफ़ाइल पेज का URL',
  'attribute.website': 'वेबसाइट',
  'attribute.zoneinfo': 'टाइम ज़ोन',
};
