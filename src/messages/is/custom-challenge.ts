import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Svar',
  'action.submit': 'Senda',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Svaraðu áskoruninni',
  'hint.customChallenge': 'Svaraðu spurningunni til að halda áfram.',
};
