import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': '사용자 이름',
  'field.password': '비밀번호',
  'field.code': '인증 코드',
  'action.signIn': '로그인',
  'action.confirm': '확인',
  'action.resendCode': '인증 코드 다시 보내기',
  'action.backToSignIn': '로그인으로 돌아가기',
  'action.changePassword': '비밀번호 변경',
  'action.working': '잠시만 기다려 주세요…',
  'action.showPassword': '비밀번호 표시',
  'action.resendCodeIn.other': '{count}초 후 인증 코드 다시 보내기',
  'hint.codeResentNoDestination': '새 인증 코드를 보냈습니다.',
  'hint.resetRequired': '로그인하려면 먼저 비밀번호를 재설정해야 합니다.',
  'error.prefix': '오류:',
  'error.network': '로그인 서비스에 연결할 수 없습니다. 네트워크 연결을 확인한 후 다시 시도하세요.',
  'field.email': '이메일',
  'field.phone': '전화번호',
  'field.emailOrPhone': '이메일 또는 전화번호',
  'action.createAccount': '계정 만들기',
  'hint.codeLength.other': '코드는 {count}자리입니다.',
};
