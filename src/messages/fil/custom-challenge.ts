import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Sagot',
  'action.submit': 'Isumite',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Sagutin ang challenge',
  'hint.customChallenge': 'Sagutin ang tanong para magpatuloy.',
};
