import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Antwort',
  'action.submit': 'Senden',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Abfrage beantworten',
  'hint.customChallenge': 'Beantworten Sie die Frage, um fortzufahren.',
};
