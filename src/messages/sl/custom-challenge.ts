import type { Catalog } from '../en.js';

/** `sl`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'Odgovor',
  'action.submit': 'Pošlji',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'Odgovorite na izziv',
  'hint.customChallenge': 'Za nadaljevanje odgovorite na vprašanje.',
};
