import type { Catalog } from '../en.js';

/** `ru`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Ответ',
  'action.submit': 'Отправить',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Ответьте на вопрос',
  'hint.customChallenge': 'Чтобы продолжить, ответьте на вопрос.',
};
