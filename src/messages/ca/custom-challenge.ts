import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Resposta',
  'action.submit': 'Envia',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Respon al repte',
  'hint.customChallenge': 'Respon a la pregunta per continuar.',
};
