import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Nieuw wachtwoord',
  'field.confirmPassword': 'Nieuw wachtwoord bevestigen',
  'password.rules': 'Je wachtwoord moet bevatten:',
  'password.rule.minLength.one': 'Minstens {count} teken',
  'password.rule.minLength.other': 'Minstens {count} tekens',
  'password.rule.lowercase': 'Een kleine letter (a–z)',
  'password.rule.uppercase': 'Een hoofdletter (A–Z)',
  'password.rule.number': 'Een cijfer (0–9)',
  'password.rule.symbol': 'Een symbool, zoals ! of ?',
  'password.ruleMet': '{rule} (voldaan)',
  'password.ruleUnmet': '{rule} (nog niet)',
  'action.showNewPassword': 'Nieuw wachtwoord tonen',
  'action.showConfirmation': 'Bevestiging tonen',
};
