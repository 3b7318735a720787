import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'ਪਹਿਲਾ ਨਾਮ',
  'attribute.family_name': 'ਗੋਤ',
  'attribute.name': 'ਪੂਰਾ ਨਾਮ',
  'attribute.nickname': 'ਛੋਟਾ ਨਾਮ',
  'attribute.preferred_username': 'ਤਰਜੀਹੀ ਵਰਤੋਂਕਾਰ ਨਾਮ',
  'attribute.middle_name': 'ਵਿਚਕਾਰਲਾ ਨਾਮ',
  'attribute.email': 'ਈਮੇਲ',
  'attribute.phone_number': 'ਫ਼ੋਨ ਨੰਬਰ',
  'attribute.birthdate': 'ਜਨਮ ਤਾਰੀਖ',
  'attribute.address': 'ਪਤਾ',
  'attribute.gender': 'ਲਿੰਗ',
  'attribute.locale': 'ਭਾਸ਼ਾ ਅਤੇ ਖੇਤਰ',
  'attribute.picture': 'ਤਸਵੀਰ ਦਾ URL',
  'attribute.profile': 'ਪ੍ਰੋਫਾਈਲ ਦਾ URL',
  'attribute.website': 'ਵੈੱਬਸਾਈਟ',
  'attribute.zoneinfo': 'ਸਮਾਂ ਖੇਤਰ',
};
