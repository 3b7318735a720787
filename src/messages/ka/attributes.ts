import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'სახელი',
  'attribute.family_name': 'გვარი',
  'attribute.name': 'სრული სახელი',
  'attribute.nickname': 'მეტსახელი',
  'attribute.preferred_username': 'სასურველი მომხმარებლის სახელი',
  'attribute.middle_name': 'მეორე სახელი',
  'attribute.email': 'ელფოსტა',
  'attribute.phone_number': 'ტელეფონის ნომერი',
  'attribute.birthdate': 'დაბადების თარიღი',
  'attribute.address': 'მისამართი',
  'attribute.gender': 'სქესი',
  'attribute.locale': 'ენა და რეგიონი',
  'attribute.picture': 'პროფილის სურათის URL',
  'attribute.profile': 'პროფილის URL',
  'attribute.website': 'ვებსაიტი',
  'attribute.zoneinfo': 'სასაათო სარტყელი',
};
