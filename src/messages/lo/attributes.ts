import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'ຊື່',
  'attribute.family_name': 'ນາມສະກຸນ',
  'attribute.name': 'ຊື່ ແລະ ນາມສະກຸນ',
  'attribute.nickname': 'ຊື່ຫຼິ້ນ',
  'attribute.preferred_username': 'ຊື່ຜູ້ໃຊ້ທີ່ຕ້ອງການ',
  'attribute.middle_name': 'ຊື່ກາງ',
  'attribute.email': 'ອີເມວ',
  'attribute.phone_number': 'ເບີໂທລະສັບ',
  'attribute.birthdate': 'ວັນເດືອນປີເກີດ',
  'attribute.address': 'ທີ່ຢູ່',
  'attribute.gender': 'ເພດ',
  'attribute.locale': 'ພາສາ ແລະ ພາກພື້ນ',
  'attribute.picture': 'URL ຮູບໂປຣໄຟລ໌',
  'attribute.profile': 'URL ໂປຣໄຟລ໌',
  'attribute.website': 'ເວັບໄຊ',
  'attribute.zoneinfo': 'ເຂດເວລາ',
};
