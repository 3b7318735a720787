import type { Catalog } from '../en.js';

/** `uk`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Новий пароль',
  'field.confirmPassword': 'Повторіть новий пароль',
  'password.rules': 'Пароль має містити:',
  'password.rule.minLength.one': 'Щонайменше {count} символ',
  'password.rule.minLength.few': 'Щонайменше {count} символи',
  'password.rule.minLength.many': 'Щонайменше {count} символів',
  'password.rule.minLength.other': 'Щонайменше {count} символу',
  'password.rule.lowercase': 'Малу латинську літеру (a–z)',
  'password.rule.uppercase': 'Велику латинську літеру (A–Z)',
  'password.rule.number': 'Цифру (0–9)',
  'password.rule.symbol': 'Спеціальний символ, наприклад ! або ?',
  'password.ruleMet': '{rule} (виконано)',
  'password.ruleUnmet': '{rule} (не виконано)',
  'action.showNewPassword': 'Показати новий пароль',
  'action.showConfirmation': 'Показати підтвердження',
};
