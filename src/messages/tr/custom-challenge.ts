import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Yanıt',
  'action.submit': 'Gönder',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Soruyu yanıtlayın',
  'hint.customChallenge': 'Devam etmek için soruyu yanıtlayın.',
};
