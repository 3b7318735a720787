import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'שליחת קוד',
  'step.RESET_PASSWORD.title': 'איפוס הסיסמה',
  'step.CONFIRM_RESET_PASSWORD.title': 'בחירת סיסמה חדשה',
  'hint.resetPassword': 'נשלח קוד לאיפוס הסיסמה של החשבון הזה.',
  'hint.confirmResetPassword': 'יש להזין את הקוד ששלחנו אל {destination} ולבחור סיסמה חדשה.',
  'hint.confirmResetPasswordNoDestination': 'יש להזין את הקוד ששלחנו אליך ולבחור סיסמה חדשה.',
};
