import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'উত্তর',
  'action.submit': 'জমা দিন',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'চ্যালেঞ্জের উত্তর দিন',
  'hint.customChallenge': 'চালিয়ে যেতে প্রশ্নের উত্তর দিন।',
};
