import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Svar',
  'action.submit': 'Send',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Svar på spørsmålet',
  'hint.customChallenge': 'Svar på spørsmålet for å fortsette.',
};
