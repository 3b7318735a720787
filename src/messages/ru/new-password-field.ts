import type { Catalog } from '../en.js';

/** `ru`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Новый пароль',
  'field.confirmPassword': 'Повторите новый пароль',
  'password.rules': 'Пароль должен содержать:',
  'password.rule.minLength.one': 'Не менее {count} символа',
  'password.rule.minLength.few': 'Не менее {count} символов',
  'password.rule.minLength.many': 'Не менее {count} символов',
  'password.rule.minLength.other': 'Не менее {count} символа',
  'password.rule.lowercase': 'Строчную латинскую букву (a–z)',
  'password.rule.uppercase': 'Заглавную латинскую букву (A–Z)',
  'password.rule.number': 'Цифру (0–9)',
  'password.rule.symbol': 'Специальный символ, например ! или ?',
  'password.ruleMet': '{rule} (выполнено)',
  'password.ruleUnmet': '{rule} (не выполнено)',
  'action.showNewPassword': 'Показать новый пароль',
  'action.showConfirmation': 'Показать подтверждение',
};
