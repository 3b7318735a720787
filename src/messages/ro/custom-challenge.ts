import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Răspuns',
  'action.submit': 'Trimiteți',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Răspundeți la întrebare',
  'hint.customChallenge': 'Răspundeți la întrebare pentru a continua.',
};
