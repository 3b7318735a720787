import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Vastaus',
  'action.submit': 'Lähetä',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Vastaa kysymykseen',
  'hint.customChallenge': 'Jatka vastaamalla kysymykseen.',
};
