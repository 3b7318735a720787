import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Нова лозинка',
  'field.confirmPassword': 'Потврдите нову лозинку',
  'password.rules': 'Лозинка мора да садржи:',
  'password.rule.minLength.one': 'Најмање {count} знак',
  'password.rule.minLength.few': 'Најмање {count} знака',
  'password.rule.minLength.other': 'Најмање {count} знакова',
  'password.rule.lowercase': 'Мало слово енглеске абецеде (a–z)',
  'password.rule.uppercase': 'Велико слово енглеске абецеде (A–Z)',
  'password.rule.number': 'Цифру (0–9)',
  'password.rule.symbol': 'Специјални знак, на пример ! или ?',
  'password.ruleMet': '{rule} (испуњено)',
  'password.ruleUnmet': '{rule} (још није испуњено)',
  'action.showNewPassword': 'Прикажи нову лозинку',
  'action.showConfirmation': 'Прикажи потврду лозинке',
};
