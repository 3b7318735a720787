import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': '回答',
  'action.submit': '送信',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': '質問に回答してください',
  'hint.customChallenge': '続行するには質問に回答してください。',
};
