import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'ახალი პაროლი',
  'field.confirmPassword': 'გაიმეორეთ ახალი პაროლი',
  'password.rules': 'პაროლი უნდა შეიცავდეს:',
  'password.rule.minLength.one': 'მინიმუმ {count} სიმბოლოს',
  'password.rule.minLength.other': 'მინიმუმ {count} სიმბოლოს',
  'password.rule.lowercase': 'პატარა ლათინურ ასოს (a–z)',
  'password.rule.uppercase': 'დიდ ლათინურ ასოს (A–Z)',
  'password.rule.number': 'ციფრს (0–9)',
  'password.rule.symbol': 'სპეციალურ სიმბოლოს, მაგალითად ! ან ?',
  'password.ruleMet': '{rule} (შესრულებულია)',
  'password.ruleUnmet': '{rule} (ჯერ არ არის შესრულებული)',
  'action.showNewPassword': 'ახალი პაროლის ჩვენება',
  'action.showConfirmation': 'გამეორებული პაროლის ჩვენება',
};
