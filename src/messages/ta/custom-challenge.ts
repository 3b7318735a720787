import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'பதில்',
  'action.submit': 'சமர்ப்பி',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'சவாலுக்குப் பதிலளியுங்கள்',
  'hint.customChallenge': 'தொடர, கேள்விக்குப் பதிலளியுங்கள்.',
};
