import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Nytt lösenord',
  'field.confirmPassword': 'Bekräfta nytt lösenord',
  'password.rules': 'Lösenordet måste innehålla:',
  'password.rule.minLength.one': 'Minst {count} tecken',
  'password.rule.minLength.other': 'Minst {count} tecken',
  'password.rule.lowercase': 'En liten bokstav (a–z)',
  'password.rule.uppercase': 'En stor bokstav (A–Z)',
  'password.rule.number': 'En siffra (0–9)',
  'password.rule.symbol': 'Ett specialtecken, till exempel ! eller ?',
  'password.ruleMet': '{rule} (klart)',
  'password.ruleUnmet': '{rule} (inte än)',
  'action.showNewPassword': 'Visa nytt lösenord',
  'action.showConfirmation': 'Visa bekräftelse',
};
