import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Nytt passord',
  'field.confirmPassword': 'Bekreft nytt passord',
  'password.rules': 'Passordet må ha:',
  'password.rule.minLength.one': 'Minst {count} tegn',
  'password.rule.minLength.other': 'Minst {count} tegn',
  'password.rule.lowercase': 'En liten bokstav (a–z)',
  'password.rule.uppercase': 'En stor bokstav (A–Z)',
  'password.rule.number': 'Et siffer (0–9)',
  'password.rule.symbol': 'Et spesialtegn, for eksempel ! eller ?',
  'password.ruleMet': '{rule} (oppfylt)',
  'password.ruleUnmet': '{rule} (ikke ennå)',
  'action.showNewPassword': 'Vis nytt passord',
  'action.showConfirmation': 'Vis bekreftelse',
};
