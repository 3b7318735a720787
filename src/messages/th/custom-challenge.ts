import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'คำตอบ',
  'action.submit': 'ส่ง',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'ตอบคำถามเพื่อยืนยันตัวตน',
  'hint.customChallenge': 'ตอบคำถามเพื่อดำเนินการต่อ',
};
