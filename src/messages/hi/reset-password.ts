import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'कोड भेजें',
  'step.RESET_PASSWORD.title': 'अपना पासवर्ड रीसेट करें',
  'step.CONFIRM_RESET_PASSWORD.title': 'नया पासवर्ड चुनें',
  'hint.resetPassword': 'इस खाते का पासवर्ड रीसेट करने के लिए, हम आपको एक कोड भेजेंगे।',
  'hint.confirmResetPassword': '{destination} पर भेजा गया कोड डालें और नया पासवर्ड चुनें।',
  'hint.confirmResetPasswordNoDestination': 'हमारा भेजा गया कोड डालें और नया पासवर्ड चुनें।',
};
