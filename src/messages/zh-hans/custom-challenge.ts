import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': '答案',
  'action.submit': '提交',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': '回答验证问题',
  'hint.customChallenge': '请回答问题以继续。',
};
