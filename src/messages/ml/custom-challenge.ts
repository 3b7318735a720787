import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'ഉത്തരം',
  'action.submit': 'സമർപ്പിക്കുക',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'ചലഞ്ചിന് ഉത്തരം നൽകുക',
  'hint.customChallenge': 'തുടരാൻ ചോദ്യത്തിന് ഉത്തരം നൽകുക.',
};
