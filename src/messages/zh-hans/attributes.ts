import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': '名',
  'attribute.family_name': '姓',
  'attribute.name': '姓名',
  'attribute.nickname': '昵称',
  'attribute.preferred_username': '首选用户名',
  'attribute.middle_name': '中间名',
  'attribute.email': '电子邮箱',
  'attribute.phone_number': '手机号码',
  'attribute.birthdate': '出生日期',
  'attribute.address': '地址',
  'attribute.gender': '性别',
  'attribute.locale': '语言区域',
  'attribute.picture': '头像 URL',
  'attribute.profile': '个人主页 URL',
  'attribute.website': '网站',
  'attribute.zoneinfo': '时区',
};
