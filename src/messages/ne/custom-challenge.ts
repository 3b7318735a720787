import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'उत्तर',
  'action.submit': 'पेस गर्नुहोस्',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'जाँचको प्रश्नको उत्तर दिनुहोस्',
  'hint.customChallenge': 'जारी राख्न प्रश्नको उत्तर दिनुहोस्।',
};
