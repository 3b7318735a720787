import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Odgovor',
  'action.submit': 'Pošalji',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Odgovorite na izazov',
  'hint.customChallenge': 'Odgovorite na pitanje da biste nastavili.',
};
