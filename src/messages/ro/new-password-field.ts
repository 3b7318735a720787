import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Parolă nouă',
  'field.confirmPassword': 'Confirmați parola nouă',
  'password.rules': 'Parola trebuie să conțină:',
  'password.rule.minLength.one': 'Cel puțin {count} caracter',
  'password.rule.minLength.few': 'Cel puțin {count} caractere',
  'password.rule.minLength.other': 'Cel puțin {count} de caractere',
  'password.rule.lowercase': 'O literă mică (a–z)',
  'password.rule.uppercase': 'O literă mare (A–Z)',
  'password.rule.number': 'O cifră (0–9)',
  'password.rule.symbol': 'Un simbol, cum ar fi ! sau ?',
  'password.ruleMet': '{rule} (îndeplinit)',
  'password.ruleUnmet': '{rule} (încă nu)',
  'action.showNewPassword': 'Afișați parola nouă',
  'action.showConfirmation': 'Afișați confirmarea',
};
