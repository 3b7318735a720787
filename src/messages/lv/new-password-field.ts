import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Jaunā parole',
  'field.confirmPassword': 'Atkārtojiet jauno paroli',
  'password.rules': 'Parolē jāietver:',
  'password.rule.minLength.zero': 'Vismaz {count} rakstzīmes',
  'password.rule.minLength.one': 'Vismaz {count} rakstzīme',
  'password.rule.minLength.other': 'Vismaz {count} rakstzīmes',
  'password.rule.lowercase': 'Mazais burts (a–z)',
  'password.rule.uppercase': 'Lielais burts (A–Z)',
  'password.rule.number': 'Cipars (0–9)',
  'password.rule.symbol': 'Speciālā rakstzīme, piemēram, ! vai ?',
  'password.ruleMet': '{rule} (izpildīts)',
  'password.ruleUnmet': '{rule} (vēl nav izpildīts)',
  'action.showNewPassword': 'Rādīt jauno paroli',
  'action.showConfirmation': 'Rādīt atkārtoto paroli',
};
