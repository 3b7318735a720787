import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Kata laluan baharu',
  'field.confirmPassword': 'Sahkan kata laluan baharu',
  'password.rules': 'Kata laluan anda mesti mempunyai:',
  'password.rule.minLength.other': 'Sekurang-kurangnya {count} aksara',
  'password.rule.lowercase': 'Satu huruf kecil (a–z)',
  'password.rule.uppercase': 'Satu huruf besar (A–Z)',
  'password.rule.number': 'Satu nombor (0–9)',
  'password.rule.symbol': 'Satu simbol, seperti ! atau ?',
  'password.ruleMet': '{rule} (selesai)',
  'password.ruleUnmet': '{rule} (belum)',
  'action.showNewPassword': 'Tunjukkan kata laluan baharu',
  'action.showConfirmation': 'Tunjukkan pengesahan',
};
