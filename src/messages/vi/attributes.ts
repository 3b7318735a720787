import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'Tên',
  'attribute.family_name': 'Họ',
  'attribute.name': 'Họ và tên',
  'attribute.nickname': 'Biệt danh',
  'attribute.preferred_username': 'Tên người dùng ưa thích',
  'attribute.middle_name': 'Tên đệm',
  'attribute.email': 'Email',
  'attribute.phone_number': 'Số điện thoại',
  'attribute.birthdate': 'Ngày sinh',
  'attribute.address': 'Địa chỉ',
  'attribute.gender': 'Giới tính',
  'attribute.locale': 'Ngôn ngữ và khu vực',
  'attribute.picture': 'URL ảnh đại diện',
  'attribute.profile': 'URL trang hồ sơ',
  'attribute.website': 'Trang web',
  'attribute.zoneinfo': 'Múi giờ',
};
