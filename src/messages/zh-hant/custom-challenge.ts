import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': '答案',
  'action.submit': '送出',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': '回答驗證問題',
  'hint.customChallenge': '請回答問題以繼續。',
};
