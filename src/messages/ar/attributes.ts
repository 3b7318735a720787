import type { Catalog } from '../en.js';

/** `ar`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'الاسم الأول',
  'attribute.family_name': 'اسم العائلة',
  'attribute.name': 'الاسم الكامل',
  'attribute.nickname': 'الاسم المستعار',
  'attribute.preferred_username': 'اسم المستخدم المفضَّل',
  'attribute.middle_name': 'الاسم الأوسط',
  'attribute.email': 'البريد الإلكتروني',
  'attribute.phone_number': 'رقم الهاتف',
  'attribute.birthdate': 'تاريخ الميلاد',
  'attribute.address': 'العنوان',
  'attribute.gender': 'الجنس',
  'attribute.locale': 'اللغة والمنطقة',
  'attribute.picture': 'رابط صورة الملف الشخصي',
  'attribute.profile': 'رابط الملف الشخصي',
  'attribute.website': 'الموقع الإلكتروني',
  'attribute.zoneinfo': 'المنطقة الزمنية',
};
