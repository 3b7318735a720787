import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Nova lozinka',
  'field.confirmPassword': 'Potvrdite novu lozinku',
  'password.rules': 'Lozinka mora da sadrži:',
  'password.rule.minLength.one': 'Najmanje {count} znak',
  'password.rule.minLength.few': 'Najmanje {count} znaka',
  'password.rule.minLength.other': 'Najmanje {count} znakova',
  'password.rule.lowercase': 'Malo slovo engleske abecede (a–z)',
  'password.rule.uppercase': 'Veliko slovo engleske abecede (A–Z)',
  'password.rule.number': 'Cifru (0–9)',
  'password.rule.symbol': 'Specijalni znak, na primer ! ili ?',
  'password.ruleMet': '{rule} (ispunjeno)',
  'password.ruleUnmet': '{rule} (još nije ispunjeno)',
  'action.showNewPassword': 'Prikaži novu lozinku',
  'action.showConfirmation': 'Prikaži potvrdu lozinke',
};
