import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Nova senha',
  'field.confirmPassword': 'Confirmar nova senha',
  'password.rules': 'Sua senha precisa ter:',
  'password.rule.minLength.one': 'Pelo menos {count} caractere',
  'password.rule.minLength.many': 'Pelo menos {count} caracteres',
  'password.rule.minLength.other': 'Pelo menos {count} caracteres',
  'password.rule.lowercase': 'Uma letra minúscula (a–z)',
  'password.rule.uppercase': 'Uma letra maiúscula (A–Z)',
  'password.rule.number': 'Um número (0–9)',
  'password.rule.symbol': 'Um símbolo, como ! ou ?',
  'password.ruleMet': '{rule} (concluído)',
  'password.ruleUnmet': '{rule} (pendente)',
  'action.showNewPassword': 'Mostrar nova senha',
  'action.showConfirmation': 'Mostrar confirmação',
};
