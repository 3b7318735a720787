import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Jawapan',
  'action.submit': 'Hantar',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Jawab cabaran',
  'hint.customChallenge': 'Jawab soalan untuk meneruskan.',
};
