import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Câu trả lời',
  'action.submit': 'Gửi',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Trả lời câu hỏi xác minh',
  'hint.customChallenge': 'Trả lời câu hỏi để tiếp tục.',
};
