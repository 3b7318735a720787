import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Etunimi',
  'attribute.family_name': 'Sukunimi',
  'attribute.name': 'Nimi',
  'attribute.nickname': 'Lempinimi',
  'attribute.preferred_username': 'Toivottu käyttäjätunnus',
  'attribute.middle_name': 'Toinen nimi',
  'attribute.email': 'Sähköposti',
  'attribute.phone_number': 'Puhelinnumero',
  'attribute.birthdate': 'Syntymäaika',
  'attribute.address': 'Osoite',
  'attribute.gender': 'Sukupuoli',
  'attribute.locale': 'Kieli ja alue',
  'attribute.picture': 'Profiilikuvan URL-osoite',
  'attribute.profile': 'Profiilisivun URL-osoite',
  'attribute.website': 'Verkkosivusto',
  'attribute.zoneinfo': 'Aikavyöhyke',
};
