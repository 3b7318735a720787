import type { Catalog } from '../en.js';

/** `uk`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Відповідь',
  'action.submit': 'Надіслати',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Дайте відповідь на запитання',
  'hint.customChallenge': 'Щоб продовжити, дайте відповідь на запитання.',
};
