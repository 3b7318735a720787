import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Jibu',
  'action.submit': 'Wasilisha',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Jibu changamoto',
  'hint.customChallenge': 'Jibu swali ili uendelee.',
};
