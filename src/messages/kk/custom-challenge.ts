import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Жауап',
  'action.submit': 'Жіберу',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Тексеру сұрауына жауап беріңіз',
  'hint.customChallenge': 'Жалғастыру үшін сұраққа жауап беріңіз.',
};
