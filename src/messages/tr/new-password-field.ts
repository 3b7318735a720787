import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Yeni şifre',
  'field.confirmPassword': 'Yeni şifreyi onaylayın',
  'password.rules': 'Şifreniz şunları içermelidir:',
  'password.rule.minLength.one': 'En az {count} karakter',
  'password.rule.minLength.other': 'En az {count} karakter',
  'password.rule.lowercase': 'Bir küçük harf (a–z)',
  'password.rule.uppercase': 'Bir büyük harf (A–Z)',
  'password.rule.number': 'Bir rakam (0–9)',
  'password.rule.symbol': '! veya ? gibi bir simge',
  'password.ruleMet': '{rule} (tamam)',
  'password.ruleUnmet': '{rule} (henüz değil)',
  'action.showNewPassword': 'Yeni şifreyi göster',
  'action.showConfirmation': 'Onay şifresini göster',
};
