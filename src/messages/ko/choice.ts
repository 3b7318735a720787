import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': '로그인 방법 선택',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': '본인 확인 방법 선택',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': '2단계 인증 설정',
  'choice.SMS': '문자 메시지(SMS)',
  'choice.TOTP': '인증 앱',
  'choice.EMAIL': '이메일',
  'choice.PASSWORD': '비밀번호',
  'choice.PASSWORD_SRP': '비밀번호',
  'choice.EMAIL_OTP': '이메일로 인증 코드 받기',
  'choice.SMS_OTP': '문자로 인증 코드 받기',
  'choice.WEB_AUTHN': '패스키',
};
