import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Neues Passwort',
  'field.confirmPassword': 'Neues Passwort bestätigen',
  'password.rules': 'Ihr Passwort muss Folgendes enthalten:',
  'password.rule.minLength.one': 'Mindestens {count} Zeichen',
  'password.rule.minLength.other': 'Mindestens {count} Zeichen',
  'password.rule.lowercase': 'Einen Kleinbuchstaben (a–z)',
  'password.rule.uppercase': 'Einen Großbuchstaben (A–Z)',
  'password.rule.number': 'Eine Ziffer (0–9)',
  'password.rule.symbol': 'Ein Sonderzeichen wie ! oder ?',
  'password.ruleMet': '{rule} (erfüllt)',
  'password.ruleUnmet': '{rule} (noch nicht erfüllt)',
  'action.showNewPassword': 'Neues Passwort anzeigen',
  'action.showConfirmation': 'Bestätigung anzeigen',
};
