import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Nom',
  'attribute.family_name': 'Cognoms',
  'attribute.name': 'Nom complet',
  'attribute.nickname': 'Sobrenom',
  'attribute.preferred_username': 'Nom d’usuari preferit',
  'attribute.middle_name': 'Segon nom',
  'attribute.email': 'Correu electrònic',
  'attribute.phone_number': 'Número de telèfon',
  'attribute.birthdate': 'Data de naixement',
  'attribute.address': 'Adreça',
  'attribute.gender': 'Gènere',
  'attribute.locale': 'Idioma i regió',
  'attribute.picture': 'URL de la foto de perfil',
  'attribute.profile': 'URL del perfil',
  'attribute.website': 'Lloc web',
  'attribute.zoneinfo': 'Zona horària',
};
