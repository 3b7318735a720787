import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': '프로필',
  'account.profile.submit': '저장',
  'account.profile.saved': '프로필을 저장했습니다.',
  'account.profile.pending': '코드를 입력하기 전까지는 계속 {old}(으)로 로그인합니다.',
  'account.profile.confirmed': '확인되었습니다. 이제 {value}(으)로 로그인합니다.',
  'account.profile.cancel': '취소',
};
