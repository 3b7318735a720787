import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'תשובה',
  'action.submit': 'שליחה',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'יש לענות על השאלה',
  'hint.customChallenge': 'כדי להמשיך, יש לענות על השאלה.',
};
