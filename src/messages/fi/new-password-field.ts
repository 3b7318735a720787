import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Uusi salasana',
  'field.confirmPassword': 'Vahvista uusi salasana',
  'password.rules': 'Salasanassa on oltava:',
  'password.rule.minLength.one': 'Vähintään {count} merkki',
  'password.rule.minLength.other': 'Vähintään {count} merkkiä',
  'password.rule.lowercase': 'Pieni kirjain (a–z)',
  'password.rule.uppercase': 'Iso kirjain (A–Z)',
  'password.rule.number': 'Numero (0–9)',
  'password.rule.symbol': 'Erikoismerkki, kuten ! tai ?',
  'password.ruleMet': '{rule} (täyttyy)',
  'password.ruleUnmet': '{rule} (ei vielä)',
  'action.showNewPassword': 'Näytä uusi salasana',
  'action.showConfirmation': 'Näytä vahvistus',
};
