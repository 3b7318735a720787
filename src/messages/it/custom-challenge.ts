import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Risposta',
  'action.submit': 'Invia',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Rispondi alla domanda',
  'hint.customChallenge': 'Rispondi alla domanda per continuare.',
};
