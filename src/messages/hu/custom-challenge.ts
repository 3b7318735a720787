import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Válasz',
  'action.submit': 'Küldés',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Válaszoljon a kérdésre',
  'hint.customChallenge': 'A folytatáshoz válaszoljon a kérdésre.',
};
