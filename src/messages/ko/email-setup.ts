import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': '계속',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': '이메일 인증 설정',
  'hint.emailSetup': '로그인 인증 코드를 받을 이메일 주소를 입력하세요.',
};
