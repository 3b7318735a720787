import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': '2단계 인증',
  'account.mfa.off': '2단계 인증이 꺼져 있습니다. 로그인할 때 비밀번호만 입력합니다.',
  'account.mfa.hint': '로그인할 때 비밀번호를 입력한 다음 우선 사용하는 방법의 코드를 입력합니다.',
  'account.mfa.retry': '다시 시도',
  'account.mfa.on': '사용 중',
  'account.mfa.preferred': '사용 중, 우선 사용',
  'account.mfa.turnOn': '사용',
  'account.mfa.turnOff': '사용 중지',
  'account.mfa.prefer': '우선 사용',
  'account.mfa.cancel': '취소',
  'account.mfa.totpOn': '인증 앱을 사용하도록 설정했습니다. 다음에 로그인할 때 앱에 표시되는 코드를 입력하세요.',
  'account.mfa.saved': '변경사항이 저장되었습니다.',
  'error.mfaLastRequired':
    '이 계정은 2단계 인증을 유지해야 합니다. 이 방법을 사용 중지하기 전에 다른 방법을 사용하도록 설정하세요.',
};
