import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'نام',
  'attribute.family_name': 'نام خانوادگی',
  'attribute.name': 'نام کامل',
  'attribute.nickname': 'نام مستعار',
  'attribute.preferred_username': 'نام کاربری دلخواه',
  'attribute.middle_name': 'نام میانی',
  'attribute.email': 'ایمیل',
  'attribute.phone_number': 'شماره تلفن',
  'attribute.birthdate': 'تاریخ تولد',
  'attribute.address': 'نشانی',
  'attribute.gender': 'جنسیت',
  'attribute.locale': 'زبان و منطقه',
  'attribute.picture': 'نشانی وب تصویر نمایه',
  'attribute.profile': 'نشانی وب نمایه',
  'attribute.website': 'وب‌سایت',
  'attribute.zoneinfo': 'منطقه زمانی',
};
