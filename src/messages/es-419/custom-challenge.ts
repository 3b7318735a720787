import type { Catalog } from '../en.js';

/** `es-419`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Respuesta',
  'action.submit': 'Enviar',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Responde a la pregunta',
  'hint.customChallenge': 'Responde a la pregunta para continuar.',
};
