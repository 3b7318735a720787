import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'පිළිතුර',
  'action.submit': 'යොමු කරන්න',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'සත්‍යාපන ඉල්ලීමට පිළිතුරු දෙන්න',
  'hint.customChallenge': 'ඉදිරියට යාමට ප්‍රශ්නයට පිළිතුරු දෙන්න.',
};
