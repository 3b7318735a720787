import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Nome próprio',
  'attribute.family_name': 'Apelido',
  'attribute.name': 'Nome completo',
  'attribute.nickname': 'Alcunha',
  'attribute.preferred_username': 'Nome de utilizador preferido',
  'attribute.middle_name': 'Nome do meio',
  'attribute.email': 'Endereço de email',
  'attribute.phone_number': 'Número de telefone',
  'attribute.birthdate': 'Data de nascimento',
  'attribute.address': 'Morada',
  'attribute.gender': 'Género',
  'attribute.locale': 'Idioma e região',
  'attribute.picture': 'URL da fotografia do perfil',
  'attribute.profile': 'URL do perfil',
  'attribute.website': 'Website',
  'attribute.zoneinfo': 'Fuso horário',
};
