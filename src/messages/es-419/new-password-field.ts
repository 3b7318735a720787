import type { Catalog } from '../en.js';

/** `es-419`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Nueva contraseña',
  'field.confirmPassword': 'Confirmar nueva contraseña',
  'password.rules': 'Tu contraseña debe tener:',
  'password.rule.minLength.one': 'Al menos {count} carácter',
  'password.rule.minLength.many': 'Al menos {count} caracteres',
  'password.rule.minLength.other': 'Al menos {count} caracteres',
  'password.rule.lowercase': 'Una letra minúscula (a–z)',
  'password.rule.uppercase': 'Una letra mayúscula (A–Z)',
  'password.rule.number': 'Un número (0–9)',
  'password.rule.symbol': 'Un símbolo, como ! o ?',
  'password.ruleMet': '{rule} (cumplido)',
  'password.ruleUnmet': '{rule} (pendiente)',
  'action.showNewPassword': 'Mostrar nueva contraseña',
  'action.showConfirmation': 'Mostrar confirmación',
};
