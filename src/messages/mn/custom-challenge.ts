import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Хариулт',
  'action.submit': 'Илгээх',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Шалгалтын асуулгад хариулна уу',
  'hint.customChallenge': 'Үргэлжлүүлэхийн тулд асуултад хариулна уу.',
};
