import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Ad',
  'attribute.family_name': 'Soyad',
  'attribute.name': 'Tam ad',
  'attribute.nickname': 'Ləqəb',
  'attribute.preferred_username': 'Üstünlük verilən istifadəçi adı',
  'attribute.middle_name': 'Ata adı',
  'attribute.email': 'E-poçt',
  'attribute.phone_number': 'Telefon nömrəsi',
  'attribute.birthdate': 'Doğum tarixi',
  'attribute.address': 'Ünvan',
  'attribute.gender': 'Cins',
  'attribute.locale': 'Dil və region',
  'attribute.picture': 'Şəklin URL ünvanı',
  'attribute.profile': 'Profilin URL ünvanı',
  'attribute.website': 'Veb-sayt',
  'attribute.zoneinfo': 'Saat qurşağı',
};
