import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': '인증 코드 보내기',
  'step.RESET_PASSWORD.title': '비밀번호 재설정',
  'step.CONFIRM_RESET_PASSWORD.title': '새 비밀번호 설정',
  'hint.resetPassword': '이 계정의 비밀번호를 재설정할 수 있도록 인증 코드를 보내 드립니다.',
  'hint.confirmResetPassword': '{destination}에 보낸 인증 코드를 입력하고 새 비밀번호를 설정하세요.',
  'hint.confirmResetPasswordNoDestination': '보내 드린 인증 코드를 입력하고 새 비밀번호를 설정하세요.',
};
