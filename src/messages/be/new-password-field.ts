import type { Catalog } from '../en.js';

/** `be`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Новы пароль',
  'field.confirmPassword': 'Паўтарыце новы пароль',
  'password.rules': 'Пароль павінен змяшчаць:',
  'password.rule.minLength.one': 'Не менш за {count} сімвал',
  'password.rule.minLength.few': 'Не менш за {count} сімвалы',
  'password.rule.minLength.many': 'Не менш за {count} сімвалаў',
  'password.rule.minLength.other': 'Не менш за {count} сімвала',
  'password.rule.lowercase': 'Малую лацінскую літару (a–z)',
  'password.rule.uppercase': 'Вялікую лацінскую літару (A–Z)',
  'password.rule.number': 'Лічбу (0–9)',
  'password.rule.symbol': 'Спецыяльны сімвал, напрыклад ! або ?',
  'password.ruleMet': '{rule} (выканана)',
  'password.ruleUnmet': '{rule} (пакуль не выканана)',
  'action.showNewPassword': 'Паказаць новы пароль',
  'action.showConfirmation': 'Паказаць паўтор пароля',
};
