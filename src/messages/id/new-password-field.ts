import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Kata sandi baru',
  'field.confirmPassword': 'Konfirmasi kata sandi baru',
  'password.rules': 'Kata sandi Anda harus berisi:',
  'password.rule.minLength.other': 'Minimal {count} karakter',
  'password.rule.lowercase': 'Huruf kecil (a–z)',
  'password.rule.uppercase': 'Huruf besar (A–Z)',
  'password.rule.number': 'Angka (0–9)',
  'password.rule.symbol': 'Simbol, seperti ! atau ?',
  'password.ruleMet': '{rule} (terpenuhi)',
  'password.ruleUnmet': '{rule} (belum terpenuhi)',
  'action.showNewPassword': 'Tampilkan kata sandi baru',
  'action.showConfirmation': 'Tampilkan konfirmasi',
};
