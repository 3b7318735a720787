import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Odpověď',
  'action.submit': 'Odeslat',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Odpovězte na otázku',
  'hint.customChallenge': 'Pokračujte odpovědí na otázku.',
};
