import type { Catalog } from '../en.js';

/** `kn`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'ಮೊದಲ ಹೆಸರು',
  'attribute.family_name': 'ಕುಟುಂಬದ ಹೆಸರು',
  'attribute.name': 'ಪೂರ್ಣ ಹೆಸರು',
  'attribute.nickname': 'ಅಡ್ಡಹೆಸರು',
  'attribute.preferred_username': 'ಆದ್ಯತೆಯ ಬಳಕೆದಾರರ ಹೆಸರು',
  'attribute.middle_name': 'ಮಧ್ಯದ ಹೆಸರು',
  'attribute.email': 'ಇಮೇಲ್',
  'attribute.phone_number': 'ಫೋನ್ ಸಂಖ್ಯೆ',
  'attribute.birthdate': 'ಜನ್ಮ ದಿನಾಂಕ',
  'attribute.address': 'ವಿಳಾಸ',
  'attribute.gender': 'ಲಿಂಗ',
  'attribute.locale': 'ಭಾಷೆ ಮತ್ತು ಪ್ರದೇಶ',
  'attribute.picture': 'ಚಿತ್ರದ URL',
  'attribute.profile': 'ಪ್ರೊಫೈಲ್ URL',
  'attribute.website': 'ವೆಬ್‌ಸೈಟ್',
  'attribute.zoneinfo': 'ಸಮಯ ವಲಯ',
};
