import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': '새 비밀번호 설정',
  'hint.newPassword': '계속하려면 임시 비밀번호를 새 비밀번호로 변경해야 합니다.',
  'hint.missingAttributes': '몇 가지 정보를 더 입력해 주세요.',
};
