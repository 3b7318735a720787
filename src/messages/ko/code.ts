import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': '이 기기 기억하기',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': '문자로 받은 인증 코드 입력',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': '이메일로 받은 인증 코드 입력',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': '인증 앱에 표시된 인증 코드 입력',
  'step.CONFIRM_SIGN_UP.title': '계정 확인',
  'hint.codeSent': '{destination}에 인증 코드를 보냈습니다.',
  'hint.codeSentBy.SMS': '{destination}에 문자로 인증 코드를 보냈습니다.',
  'hint.codeSentBy.EMAIL': '{destination}에 이메일로 인증 코드를 보냈습니다.',
  'hint.totpCode': '인증 앱을 열고 이 계정의 6자리 인증 코드를 입력하세요.',
  'hint.confirmSignUp': '계정을 확인하려면 {destination}에 보낸 인증 코드를 입력하세요.',
  'hint.confirmSignUpNoDestination': '계정을 확인하려면 보내 드린 인증 코드를 입력하세요.',
};
