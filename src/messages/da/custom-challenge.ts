import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Svar',
  'action.submit': 'Send',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Besvar spørgsmålet',
  'hint.customChallenge': 'Besvar spørgsmålet for at fortsætte.',
};
