import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': '답변',
  'action.submit': '제출',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': '본인 확인 요청에 응답',
  'hint.customChallenge': '계속하려면 질문에 답하세요.',
};
