import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': '연락처 확인',
  'hint.verifyContact': '비밀번호를 잊었을 때 재설정할 수 있도록 연락처를 확인하세요.',
  'action.verifyContact.email': '이메일로 코드 받기',
  'action.verifyContact.phone_number': '문자 메시지로 코드 받기',
};
