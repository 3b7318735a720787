import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'कोड पठाउनुहोस्',
  'step.RESET_PASSWORD.title': 'पासवर्ड रिसेट गर्नुहोस्',
  'step.CONFIRM_RESET_PASSWORD.title': 'नयाँ पासवर्ड छान्नुहोस्',
  'hint.resetPassword': 'हामी यो खाताको पासवर्ड रिसेट गर्ने कोड पठाउनेछौं।',
  'hint.confirmResetPassword': 'हामीले {destination} मा पठाएको कोड हाल्नुहोस् र नयाँ पासवर्ड छान्नुहोस्।',
  'hint.confirmResetPasswordNoDestination': 'हामीले तपाईंलाई पठाएको कोड हाल्नुहोस् र नयाँ पासवर्ड छान्नुहोस्।',
};
