import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Contrasenya nova',
  'field.confirmPassword': 'Confirma la contrasenya nova',
  'password.rules': 'La contrasenya ha de tenir:',
  'password.rule.minLength.one': 'Almenys {count} caràcter',
  'password.rule.minLength.many': 'Almenys {count} caràcters',
  'password.rule.minLength.other': 'Almenys {count} caràcters',
  'password.rule.lowercase': 'Una lletra minúscula (a–z)',
  'password.rule.uppercase': 'Una lletra majúscula (A–Z)',
  'password.rule.number': 'Un número (0–9)',
  'password.rule.symbol': 'Un símbol, com ara ! o ?',
  'password.ruleMet': '{rule} (fet)',
  'password.ruleUnmet': '{rule} (encara no)',
  'action.showNewPassword': 'Mostra la contrasenya nova',
  'action.showConfirmation': 'Mostra la confirmació',
};
