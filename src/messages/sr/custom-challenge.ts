import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Одговор',
  'action.submit': 'Пошаљи',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Одговорите на изазов',
  'hint.customChallenge': 'Одговорите на питање да бисте наставили.',
};
