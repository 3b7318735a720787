import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'જવાબ',
  'action.submit': 'સબમિટ કરો',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'પડકારનો જવાબ આપો',
  'hint.customChallenge': 'ચાલુ રાખવા માટે પ્રશ્નનો જવાબ આપો.',
};
