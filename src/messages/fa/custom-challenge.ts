import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'پاسخ',
  'action.submit': 'ارسال',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'به پرسش پاسخ دهید',
  'hint.customChallenge': 'برای ادامه به پرسش پاسخ دهید.',
};
