import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'पुढे सुरू ठेवा',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'ईमेलद्वारे पडताळणी सेट करा',
  'hint.emailSetup': 'तुमचे साइन-इन कोड आम्ही ज्या ईमेल पत्त्यावर पाठवावे तो एंटर करा.',
};
