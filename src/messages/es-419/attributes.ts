import type { Catalog } from '../en.js';

/** `es-419`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Nombre',
  'attribute.family_name': 'Apellido',
  'attribute.name': 'Nombre completo',
  'attribute.nickname': 'Apodo',
  'attribute.preferred_username': 'Nombre de usuario preferido',
  'attribute.middle_name': 'Segundo nombre',
  'attribute.email': 'Correo electrónico',
  'attribute.phone_number': 'Número de teléfono',
  'attribute.birthdate': 'Fecha de nacimiento',
  'attribute.address': 'Dirección',
  'attribute.gender': 'Género',
  'attribute.locale': 'Idioma y región',
  'attribute.picture': 'URL de la foto de perfil',
  'attribute.profile': 'URL del perfil',
  'attribute.website': 'Sitio web',
  'attribute.zoneinfo': 'Zona horaria',
};
