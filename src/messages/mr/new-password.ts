import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'नवीन पासवर्ड निवडा',
  'hint.newPassword': 'पुढे सुरू ठेवण्यापूर्वी तुमचा तात्पुरता पासवर्ड बदलणे आवश्यक आहे.',
  'hint.missingAttributes': 'आम्हाला आणखी काही तपशीलही हवे आहेत.',
};
