import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Amsa',
  'action.submit': 'Tura',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Amsa ƙalubalen',
  'hint.customChallenge': 'Amsa tambayar don ci gaba.',
};
