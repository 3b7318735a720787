import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'കോഡ് അയയ്ക്കുക',
  'step.RESET_PASSWORD.title': 'നിങ്ങളുടെ പാസ്‌വേഡ് റീസെറ്റ് ചെയ്യുക',
  'step.CONFIRM_RESET_PASSWORD.title': 'പുതിയ പാസ്‌വേഡ് തിരഞ്ഞെടുക്കുക',
  'hint.resetPassword': 'ഈ അക്കൗണ്ടിന്റെ പാസ്‌വേഡ് റീസെറ്റ് ചെയ്യാൻ ഞങ്ങൾ ഒരു കോഡ് അയയ്ക്കും.',
  'hint.confirmResetPassword': '{destination} എന്നതിലേക്ക് ഞങ്ങൾ അയച്ച കോഡ് നൽകി പുതിയ പാസ്‌വേഡ് തിരഞ്ഞെടുക്കുക.',
  'hint.confirmResetPasswordNoDestination': 'ഞങ്ങൾ അയച്ച കോഡ് നൽകി പുതിയ പാസ്‌വേഡ് തിരഞ്ഞെടുക്കുക.',
};
