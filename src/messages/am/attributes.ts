import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'ስም',
  'attribute.family_name': 'የቤተሰብ ስም',
  'attribute.name': 'ሙሉ ስም',
  'attribute.nickname': 'ቅጽል ስም',
  'attribute.preferred_username': 'የሚመርጡት የተጠቃሚ ስም',
  'attribute.middle_name': 'የአባት ስም',
  'attribute.email': 'ኢሜይል',
  'attribute.phone_number': 'ስልክ ቁጥር',
  'attribute.birthdate': 'የትውልድ ቀን',
  'attribute.address': 'አድራሻ',
  'attribute.gender': 'ጾታ',
  'attribute.locale': 'ቋንቋ እና ክልል',
  'attribute.picture': 'የመገለጫ ሥዕል URL',
  'attribute.profile': 'የመገለጫ URL',
  'attribute.website': 'ድር ጣቢያ',
  'attribute.zoneinfo': 'የሰዓት ሰቅ',
};
