import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Prénom',
  'attribute.family_name': 'Nom',
  'attribute.name': 'Nom complet',
  'attribute.nickname': 'Surnom',
  'attribute.preferred_username': 'Nom d’utilisateur préféré',
  'attribute.middle_name': 'Deuxième prénom',
  'attribute.email': 'Adresse e-mail',
  'attribute.phone_number': 'Numéro de téléphone',
  'attribute.birthdate': 'Date de naissance',
  'attribute.address': 'Adresse',
  'attribute.gender': 'Genre',
  'attribute.locale': 'Langue et région',
  'attribute.picture': 'URL de la photo de profil',
  'attribute.profile': 'URL du profil',
  'attribute.website': 'Site web',
  'attribute.zoneinfo': 'Fuseau horaire',
};
