import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Réponse',
  'action.submit': 'Envoyer',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Répondez à la question',
  'hint.customChallenge': 'Répondez à la question pour continuer.',
};
