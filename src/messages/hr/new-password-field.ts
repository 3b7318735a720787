import type { Catalog } from '../en.js';

/** `hr`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Nova zaporka',
  'field.confirmPassword': 'Potvrdite novu zaporku',
  'password.rules': 'Zaporka mora sadržavati:',
  'password.rule.minLength.one': 'Najmanje {count} znak',
  'password.rule.minLength.few': 'Najmanje {count} znaka',
  'password.rule.minLength.other': 'Najmanje {count} znakova',
  'password.rule.lowercase': 'Malo slovo engleske abecede (a–z)',
  'password.rule.uppercase': 'Veliko slovo engleske abecede (A–Z)',
  'password.rule.number': 'Znamenku (0–9)',
  'password.rule.symbol': 'Poseban znak, primjerice ! ili ?',
  'password.ruleMet': '{rule} (ispunjeno)',
  'password.ruleUnmet': '{rule} (još nije ispunjeno)',
  'action.showNewPassword': 'Prikaži novu zaporku',
  'action.showConfirmation': 'Prikaži potvrdu zaporke',
};
