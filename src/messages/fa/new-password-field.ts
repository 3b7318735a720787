import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'گذرواژه جدید',
  'field.confirmPassword': 'تکرار گذرواژه جدید',
  'password.rules': 'گذرواژه‌تان باید این موارد را داشته باشد:',
  'password.rule.minLength.one': 'دست‌کم {count} نویسه',
  'password.rule.minLength.other': 'دست‌کم {count} نویسه',
  'password.rule.lowercase': 'یک حرف کوچک انگلیسی (a–z)',
  'password.rule.uppercase': 'یک حرف بزرگ انگلیسی (A–Z)',
  'password.rule.number': 'یک رقم (0–9)',
  'password.rule.symbol': 'یک نماد، مانند ! یا ?',
  'password.ruleMet': '{rule} (انجام شد)',
  'password.ruleUnmet': '{rule} (هنوز نه)',
  'action.showNewPassword': 'نمایش گذرواژه جدید',
  'action.showConfirmation': 'نمایش تکرار گذرواژه',
};
