import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Cavab',
  'action.submit': 'Göndərin',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Yoxlamaya cavab verin',
  'hint.customChallenge': 'Davam etmək üçün suala cavab verin.',
};
