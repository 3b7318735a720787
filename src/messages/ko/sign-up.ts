import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': '계정 만들기',
  'hint.phoneNumber': '+와 국가 번호로 시작하세요(예: +14255550100).',
  'hint.signUpNoPassword': '비밀번호가 필요 없습니다. 보내 드리는 인증 코드로 로그인합니다.',
  'action.haveAccount': '이미 계정이 있으신가요? 로그인',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': '이메일 확인',
  'hint.signUpLink':
    '{destination}(으)로 링크를 보냈습니다. 링크를 열어 계정을 확인하면 이 페이지가 자동으로 진행됩니다.',
  'hint.signUpLinkNoDestination': '링크를 보냈습니다. 링크를 열어 계정을 확인하면 이 페이지가 자동으로 진행됩니다.',
  'action.resendLink': '새 링크 보내기',
};
