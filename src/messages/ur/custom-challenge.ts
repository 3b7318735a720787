import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'جواب',
  'action.submit': 'جمع کرائیں',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'چیلنج کا جواب دیں',
  'hint.customChallenge': 'جاری رکھنے کے لیے سوال کا جواب دیں۔',
};
