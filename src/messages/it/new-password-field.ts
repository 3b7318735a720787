import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Nuova password',
  'field.confirmPassword': 'Conferma la nuova password',
  'password.rules': 'La password deve contenere:',
  'password.rule.minLength.one': 'Almeno {count} carattere',
  'password.rule.minLength.many': 'Almeno {count} caratteri',
  'password.rule.minLength.other': 'Almeno {count} caratteri',
  'password.rule.lowercase': 'Una lettera minuscola (a–z)',
  'password.rule.uppercase': 'Una lettera maiuscola (A–Z)',
  'password.rule.number': 'Un numero (0–9)',
  'password.rule.symbol': 'Un simbolo, ad esempio ! o ?',
  'password.ruleMet': '{rule} (fatto)',
  'password.ruleUnmet': '{rule} (non ancora)',
  'action.showNewPassword': 'Mostra la nuova password',
  'action.showConfirmation': 'Mostra la conferma',
};
