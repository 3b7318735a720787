import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Yangi parol',
  'field.confirmPassword': 'Yangi parolni tasdiqlang',
  'password.rules': 'Parolingizda quyidagilar boʻlishi kerak:',
  'password.rule.minLength.one': 'Kamida {count} ta belgi',
  'password.rule.minLength.other': 'Kamida {count} ta belgi',
  'password.rule.lowercase': 'Bitta kichik lotin harfi (a–z)',
  'password.rule.uppercase': 'Bitta bosh lotin harfi (A–Z)',
  'password.rule.number': 'Bitta raqam (0–9)',
  'password.rule.symbol': 'Bitta maxsus belgi, masalan ! yoki ?',
  'password.ruleMet': '{rule} (bajarildi)',
  'password.ruleUnmet': '{rule} (hali emas)',
  'action.showNewPassword': 'Yangi parolni koʻrsatish',
  'action.showConfirmation': 'Tasdiqlashni koʻrsatish',
};
