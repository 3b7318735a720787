import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Voornaam',
  'attribute.family_name': 'Achternaam',
  'attribute.name': 'Volledige naam',
  'attribute.nickname': 'Bijnaam',
  'attribute.preferred_username': 'Voorkeursgebruikersnaam',
  'attribute.middle_name': 'Tweede voornaam',
  'attribute.email': 'E-mailadres',
  'attribute.phone_number': 'Telefoonnummer',
  'attribute.birthdate': 'Geboortedatum',
  'attribute.address': 'Adres',
  'attribute.gender': 'Geslacht',
  'attribute.locale': 'Taal en regio',
  'attribute.picture': 'URL van profielfoto',
  'attribute.profile': 'URL van profiel',
  'attribute.website': 'Website',
  'attribute.zoneinfo': 'Tijdzone',
};
