import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Svar',
  'action.submit': 'Skicka',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Besvara frågan',
  'hint.customChallenge': 'Besvara frågan för att fortsätta.',
};
