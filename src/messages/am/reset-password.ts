import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'ኮድ ላክ',
  'step.RESET_PASSWORD.title': 'የይለፍ ቃልዎን ዳግም ያስጀምሩ',
  'step.CONFIRM_RESET_PASSWORD.title': 'አዲስ የይለፍ ቃል ይምረጡ',
  'hint.resetPassword': 'የዚህን መለያ የይለፍ ቃል ዳግም ለማስጀመር ኮድ እንልካለን።',
  'hint.confirmResetPassword': 'ወደ {destination} የላክነውን ኮድ ያስገቡና አዲስ የይለፍ ቃል ይምረጡ።',
  'hint.confirmResetPasswordNoDestination': 'የላክንልዎትን ኮድ ያስገቡና አዲስ የይለፍ ቃል ይምረጡ።',
};
