import type { Catalog } from '../en.js';

/** `sl`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Novo geslo',
  'field.confirmPassword': 'Potrdite novo geslo',
  'password.rules': 'Geslo mora vsebovati:',
  'password.rule.minLength.one': 'Vsaj {count} znak',
  'password.rule.minLength.two': 'Vsaj {count} znaka',
  'password.rule.minLength.few': 'Vsaj {count} znake',
  'password.rule.minLength.other': 'Vsaj {count} znakov',
  'password.rule.lowercase': 'Malo črko (a–z)',
  'password.rule.uppercase': 'Veliko črko (A–Z)',
  'password.rule.number': 'Števko (0–9)',
  'password.rule.symbol': 'Poseben znak, na primer ! ali ?',
  'password.ruleMet': '{rule} (izpolnjeno)',
  'password.ruleUnmet': '{rule} (še ni izpolnjeno)',
  'action.showNewPassword': 'Pokaži novo geslo',
  'action.showConfirmation': 'Pokaži potrditev gesla',
};
