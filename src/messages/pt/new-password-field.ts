import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Nova palavra-passe',
  'field.confirmPassword': 'Confirmar nova palavra-passe',
  'password.rules': 'A sua palavra-passe tem de ter:',
  'password.rule.minLength.one': 'Pelo menos {count} caráter',
  'password.rule.minLength.many': 'Pelo menos {count} carateres',
  'password.rule.minLength.other': 'Pelo menos {count} carateres',
  'password.rule.lowercase': 'Uma letra minúscula (a–z)',
  'password.rule.uppercase': 'Uma letra maiúscula (A–Z)',
  'password.rule.number': 'Um número (0–9)',
  'password.rule.symbol': 'Um símbolo, como ! ou ?',
  'password.ruleMet': '{rule} (cumprido)',
  'password.ruleUnmet': '{rule} (em falta)',
  'action.showNewPassword': 'Mostrar nova palavra-passe',
  'action.showConfirmation': 'Mostrar confirmação',
};
