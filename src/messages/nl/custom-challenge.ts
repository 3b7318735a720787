import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Antwoord',
  'action.submit': 'Versturen',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Vraag beantwoorden',
  'hint.customChallenge': 'Beantwoord de vraag om door te gaan.',
};
