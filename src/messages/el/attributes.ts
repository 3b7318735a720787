import type { Catalog } from '../en.js';

/** `el`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Όνομα',
  'attribute.family_name': 'Επώνυμο',
  'attribute.name': 'Ονοματεπώνυμο',
  'attribute.nickname': 'Ψευδώνυμο',
  'attribute.preferred_username': 'Προτιμώμενο όνομα χρήστη',
  'attribute.middle_name': 'Μεσαίο όνομα',
  'attribute.email': 'Email',
  'attribute.phone_number': 'Αριθμός τηλεφώνου',
  'attribute.birthdate': 'Ημερομηνία γέννησης',
  'attribute.address': 'Διεύθυνση',
  'attribute.gender': 'Φύλο',
  'attribute.locale': 'Γλώσσα και περιοχή',
  'attribute.picture': 'URL φωτογραφίας προφίλ',
  'attribute.profile': 'URL προφίλ',
  'attribute.website': 'Ιστότοπος',
  'attribute.zoneinfo': 'Ζώνη ώρας',
};
