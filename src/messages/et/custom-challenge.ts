import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Vastus',
  'action.submit': 'Saada',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Vastake kontrollküsimusele',
  'hint.customChallenge': 'Jätkamiseks vastake küsimusele.',
};
