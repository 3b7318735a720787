import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Nome',
  'attribute.family_name': 'Sobrenome',
  'attribute.name': 'Nome completo',
  'attribute.nickname': 'Apelido',
  'attribute.preferred_username': 'Nome de usuário preferido',
  'attribute.middle_name': 'Nome do meio',
  'attribute.email': 'E-mail',
  'attribute.phone_number': 'Número de telefone',
  'attribute.birthdate': 'Data de nascimento',
  'attribute.address': 'Endereço',
  'attribute.gender': 'Gênero',
  'attribute.locale': 'Idioma e região',
  'attribute.picture': 'URL da foto do perfil',
  'attribute.profile': 'URL do perfil',
  'attribute.website': 'Site',
  'attribute.zoneinfo': 'Fuso horário',
};
