import type { Catalog } from '../en.js';

/** `be`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Адказ',
  'action.submit': 'Адправіць',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Адкажыце на запыт праверкі',
  'hint.customChallenge': 'Каб працягнуць, адкажыце на пытанне.',
};
