import type { Catalog } from '../en.js';

/** `pl`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Odpowiedź',
  'action.submit': 'Wyślij',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Odpowiedz na pytanie',
  'hint.customChallenge': 'Odpowiedz na pytanie, aby kontynuować.',
};
