import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Нова парола',
  'field.confirmPassword': 'Потвърдете новата парола',
  'password.rules': 'Паролата трябва да съдържа:',
  'password.rule.minLength.one': 'Поне {count} знак',
  'password.rule.minLength.other': 'Поне {count} знака',
  'password.rule.lowercase': 'Малка латинска буква (a–z)',
  'password.rule.uppercase': 'Главна латинска буква (A–Z)',
  'password.rule.number': 'Цифра (0–9)',
  'password.rule.symbol': 'Специален знак, например ! или ?',
  'password.ruleMet': '{rule} (изпълнено)',
  'password.ruleUnmet': '{rule} (още не)',
  'action.showNewPassword': 'Показване на новата парола',
  'action.showConfirmation': 'Показване на потвърждението',
};
