import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Odpoveď',
  'action.submit': 'Odoslať',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Odpovedzte na otázku',
  'hint.customChallenge': 'Pokračujte odpoveďou na otázku.',
};
