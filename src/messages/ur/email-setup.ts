import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'جاری رکھیں',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'ای میل کے ذریعے توثیق سیٹ اپ کریں',
  'hint.emailSetup': 'وہ ای میل پتہ درج کریں جس پر ہم آپ کے سائن ان کوڈز بھیجیں۔',
};
