import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'முதல் பெயர்',
  'attribute.family_name': 'குடும்பப் பெயர்',
  'attribute.name': 'முழுப் பெயர்',
  'attribute.nickname': 'புனைபெயர்',
  'attribute.preferred_username': 'விருப்பமான பயனர்பெயர்',
  'attribute.middle_name': 'நடுப் பெயர்',
  'attribute.email': 'மின்னஞ்சல்',
  'attribute.phone_number': 'ஃபோன் எண்',
  'attribute.birthdate': 'பிறந்த தேதி',
  'attribute.address': 'முகவரி',
  'attribute.gender': 'பாலினம்',
  'attribute.locale': 'மொழியும் பிராந்தியமும்',
  'attribute.picture': 'படத்தின் URL',
  'attribute.profile': 'சுயவிவரத்தின் URL',
  'attribute.website': 'இணையதளம்',
  'attribute.zoneinfo': 'நேர மண்டலம்',
};
