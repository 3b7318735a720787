import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Prenume',
  'attribute.family_name': 'Nume de familie',
  'attribute.name': 'Nume complet',
  'attribute.nickname': 'Poreclă',
  'attribute.preferred_username': 'Nume de utilizator preferat',
  'attribute.middle_name': 'Al doilea prenume',
  'attribute.email': 'Adresă de e-mail',
  'attribute.phone_number': 'Număr de telefon',
  'attribute.birthdate': 'Data nașterii',
  'attribute.address': 'Adresă',
  'attribute.gender': 'Gen',
  'attribute.locale': 'Limbă și regiune',
  'attribute.picture': 'URL-ul fotografiei de profil',
  'attribute.profile': 'URL-ul profilului',
  'attribute.website': 'Site web',
  'attribute.zoneinfo': 'Fus orar',
};
