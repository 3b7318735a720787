import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': '이름',
  'attribute.family_name': '성',
  'attribute.name': '성명',
  'attribute.nickname': '닉네임',
  'attribute.preferred_username': '선호하는 사용자 이름',
  'attribute.middle_name': '중간 이름',
  'attribute.email': '이메일',
  'attribute.phone_number': '전화번호',
  'attribute.birthdate': '생년월일',
  'attribute.address': '주소',
  'attribute.gender': '성별',
  'attribute.locale': '언어 및 지역',
  'attribute.picture': '프로필 사진 URL',
  'attribute.profile': '프로필 페이지 URL',
  'attribute.website': '웹사이트',
  'attribute.zoneinfo': '시간대',
};
