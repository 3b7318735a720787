import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'סיסמה חדשה',
  'field.confirmPassword': 'אימות הסיסמה החדשה',
  'password.rules': 'הסיסמה צריכה לכלול:',
  'password.rule.minLength.one': 'לפחות תו אחד',
  'password.rule.minLength.two': 'לפחות שני תווים',
  'password.rule.minLength.other': 'לפחות {count} תווים',
  'password.rule.lowercase': 'אות קטנה באנגלית (a–z)',
  'password.rule.uppercase': 'אות גדולה באנגלית (A–Z)',
  'password.rule.number': 'ספרה (0–9)',
  'password.rule.symbol': 'סימן מיוחד, כמו ! או ?',
  'password.ruleMet': '{rule} (הושלם)',
  'password.ruleUnmet': '{rule} (עדיין לא)',
  'action.showNewPassword': 'הצגת הסיסמה החדשה',
  'action.showConfirmation': 'הצגת אימות הסיסמה',
};
