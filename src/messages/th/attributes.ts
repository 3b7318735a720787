import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'ชื่อ',
  'attribute.family_name': 'นามสกุล',
  'attribute.name': 'ชื่อ-นามสกุล',
  'attribute.nickname': 'ชื่อเล่น',
  'attribute.preferred_username': 'ชื่อผู้ใช้ที่ต้องการ',
  'attribute.middle_name': 'ชื่อกลาง',
  'attribute.email': 'อีเมล',
  'attribute.phone_number': 'หมายเลขโทรศัพท์',
  'attribute.birthdate': 'วันเกิด',
  'attribute.address': 'ที่อยู่',
  'attribute.gender': 'เพศ',
  'attribute.locale': 'ภาษาและภูมิภาค',
  'attribute.picture': 'URL รูปโปรไฟล์',
  'attribute.profile': 'URL หน้าโปรไฟล์',
  'attribute.website': 'เว็บไซต์',
  'attribute.zoneinfo': 'เขตเวลา',
};
