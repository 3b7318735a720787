import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'उत्तर',
  'action.submit': 'सबमिट करा',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'आव्हानाला उत्तर द्या',
  'hint.customChallenge': 'पुढे सुरू ठेवण्यासाठी प्रश्नाचे उत्तर द्या.',
};
