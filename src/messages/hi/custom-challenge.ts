import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'जवाब',
  'action.submit': 'सबमिट करें',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'सवाल का जवाब दें',
  'hint.customChallenge': 'जारी रखने के लिए सवाल का जवाब दें।',
};
