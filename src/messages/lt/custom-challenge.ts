import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Atsakymas',
  'action.submit': 'Pateikti',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Atsakykite į užklausą',
  'hint.customChallenge': 'Kad tęstumėte, atsakykite į klausimą.',
};
