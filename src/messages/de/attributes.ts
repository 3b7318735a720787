import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Vorname',
  'attribute.family_name': 'Nachname',
  'attribute.name': 'Vollständiger Name',
  'attribute.nickname': 'Spitzname',
  'attribute.preferred_username': 'Bevorzugter Benutzername',
  'attribute.middle_name': 'Zweiter Vorname',
  'attribute.email': 'E-Mail-Adresse',
  'attribute.phone_number': 'Telefonnummer',
  'attribute.birthdate': 'Geburtsdatum',
  'attribute.address': 'Adresse',
  'attribute.gender': 'Geschlecht',
  'attribute.locale': 'Sprache und Region',
  'attribute.picture': 'URL des Profilbilds',
  'attribute.profile': 'URL des Profils',
  'attribute.website': 'Website',
  'attribute.zoneinfo': 'Zeitzone',
};
