import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'नाव',
  'attribute.family_name': 'आडनाव',
  'attribute.name': 'पूर्ण नाव',
  'attribute.nickname': 'टोपणनाव',
  'attribute.preferred_username': 'पसंतीचे वापरकर्ता नाव',
  'attribute.middle_name': 'मधले नाव',
  'attribute.email': 'ईमेल',
  'attribute.phone_number': 'फोन नंबर',
  'attribute.birthdate': 'जन्मतारीख',
  'attribute.address': 'पत्ता',
  'attribute.gender': 'लिंग',
  'attribute.locale': 'भाषा आणि प्रदेश',
  'attribute.picture': 'फोटोची URL',
  'attribute.profile': 'प्रोफाइलची URL',
  'attribute.website': 'वेबसाइट',
  'attribute.zoneinfo': 'टाइम झोन',
};
