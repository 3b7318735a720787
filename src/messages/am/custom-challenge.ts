import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'መልስ',
  'action.submit': 'አስገባ',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'ለማረጋገጫ ጥያቄው ምላሽ ይስጡ',
  'hint.customChallenge': 'ለመቀጠል ጥያቄውን ይመልሱ።',
};
