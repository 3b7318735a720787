import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Meno',
  'attribute.family_name': 'Priezvisko',
  'attribute.name': 'Celé meno',
  'attribute.nickname': 'Prezývka',
  'attribute.preferred_username': 'Preferované používateľské meno',
  'attribute.middle_name': 'Druhé meno',
  'attribute.email': 'E-mail',
  'attribute.phone_number': 'Telefónne číslo',
  'attribute.birthdate': 'Dátum narodenia',
  'attribute.address': 'Adresa',
  'attribute.gender': 'Pohlavie',
  'attribute.locale': 'Jazyk a oblasť',
  'attribute.picture': 'URL profilového obrázka',
  'attribute.profile': 'URL profilovej stránky',
  'attribute.website': 'Webová stránka',
  'attribute.zoneinfo': 'Časové pásmo',
};
