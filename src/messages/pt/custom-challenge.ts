import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Resposta',
  'action.submit': 'Enviar',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Responda à pergunta',
  'hint.customChallenge': 'Responda à pergunta para continuar.',
};
