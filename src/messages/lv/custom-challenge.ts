import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Atbilde',
  'action.submit': 'Iesniegt',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Atbildiet uz pārbaudes jautājumu',
  'hint.customChallenge': 'Lai turpinātu, atbildiet uz jautājumu.',
};
