import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'कोड पाठवा',
  'step.RESET_PASSWORD.title': 'तुमचा पासवर्ड रीसेट करा',
  'step.CONFIRM_RESET_PASSWORD.title': 'नवीन पासवर्ड निवडा',
  'hint.resetPassword': 'या खात्याचा पासवर्ड रीसेट करण्यासाठी आम्ही कोड पाठवू.',
  'hint.confirmResetPassword': 'आम्ही {destination} वर पाठवलेला कोड एंटर करा आणि नवीन पासवर्ड निवडा.',
  'hint.confirmResetPasswordNoDestination': 'आम्ही तुम्हाला पाठवलेला कोड एंटर करा आणि नवीन पासवर्ड निवडा.',
};
