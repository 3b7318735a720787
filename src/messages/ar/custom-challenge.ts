import type { Catalog } from '../en.js';

/** `ar`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'الإجابة',
  'action.submit': 'إرسال',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'أجِب عن السؤال',
  'hint.customChallenge': 'أجِب عن السؤال للمتابعة.',
};
