import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': '설정 키 복사',
  'action.openAuthenticator': '인증 앱에서 열기',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': '인증 앱 설정',
  'hint.totpSecret': '설정 키',
  'hint.totpQrAlt': '인증 앱에 이 계정을 추가하기 위한 QR 코드',
  'hint.totpCopied': '복사됨',
  'error.qrCode': 'QR 코드를 표시할 수 없습니다. 대신 인증 앱에 설정 키를 직접 입력하세요.',
  'hint.totpStepApp': '휴대전화에서 인증 앱을 열거나 새로 설치하세요.',
  'hint.totpStepScan': '앱으로 QR 코드를 스캔하거나 설정 키를 복사해 앱에 입력하세요.',
  'hint.totpStepCode': '앱에 표시된 6자리 인증 코드를 입력하세요.',
};
