import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': '名',
  'attribute.family_name': '姓',
  'attribute.name': '氏名',
  'attribute.nickname': 'ニックネーム',
  'attribute.preferred_username': '表示用ユーザー名',
  'attribute.middle_name': 'ミドルネーム',
  'attribute.email': 'メールアドレス',
  'attribute.phone_number': '電話番号',
  'attribute.birthdate': '生年月日',
  'attribute.address': '住所',
  'attribute.gender': '性別',
  'attribute.locale': 'ロケール',
  'attribute.picture': 'プロフィール画像の URL',
  'attribute.profile': 'プロフィールページの URL',
  'attribute.website': 'ウェブサイト',
  'attribute.zoneinfo': 'タイムゾーン',
};
