import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Պատասխան',
  'action.submit': 'Ուղարկել',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Պատասխանեք ստուգման հարցմանը',
  'hint.customChallenge': 'Շարունակելու համար պատասխանեք հարցին։',
};
