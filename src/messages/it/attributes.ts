import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Nome',
  'attribute.family_name': 'Cognome',
  'attribute.name': 'Nome completo',
  'attribute.nickname': 'Soprannome',
  'attribute.preferred_username': 'Nome utente preferito',
  'attribute.middle_name': 'Secondo nome',
  'attribute.email': 'Indirizzo email',
  'attribute.phone_number': 'Numero di telefono',
  'attribute.birthdate': 'Data di nascita',
  'attribute.address': 'Indirizzo',
  'attribute.gender': 'Genere',
  'attribute.locale': 'Lingua e area geografica',
  'attribute.picture': 'URL dell’immagine del profilo',
  'attribute.profile': 'URL del profilo',
  'attribute.website': 'Sito web',
  'attribute.zoneinfo': 'Fuso orario',
};
