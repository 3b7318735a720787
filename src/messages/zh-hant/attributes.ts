import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': '名字',
  'attribute.family_name': '姓氏',
  'attribute.name': '姓名',
  'attribute.nickname': '暱稱',
  'attribute.preferred_username': '偏好的使用者名稱',
  'attribute.middle_name': '中間名',
  'attribute.email': '電子郵件地址',
  'attribute.phone_number': '電話號碼',
  'attribute.birthdate': '出生日期',
  'attribute.address': '地址',
  'attribute.gender': '性別',
  'attribute.locale': '地區設定',
  'attribute.picture': '大頭貼網址',
  'attribute.profile': '個人檔案網址',
  'attribute.website': '網站',
  'attribute.zoneinfo': '時區',
};
