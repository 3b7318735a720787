import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'මුල් නම',
  'attribute.family_name': 'වාසගම',
  'attribute.name': 'සම්පූර්ණ නම',
  'attribute.nickname': 'අපනාමය',
  'attribute.preferred_username': 'කැමති පරිශීලක නාමය',
  'attribute.middle_name': 'මැද නම',
  'attribute.email': 'ඊ-තැපෑල',
  'attribute.phone_number': 'දුරකථන අංකය',
  'attribute.birthdate': 'උපන් දිනය',
  'attribute.address': 'ලිපිනය',
  'attribute.gender': 'ස්ත්‍රී පුරුෂ භාවය',
  'attribute.locale': 'භාෂාව සහ කලාපය',
  'attribute.picture': 'පැතිකඩ පින්තූරයේ URL',
  'attribute.profile': 'පැතිකඩ URL',
  'attribute.website': 'වෙබ් අඩවිය',
  'attribute.zoneinfo': 'වේලා කලාපය',
};
