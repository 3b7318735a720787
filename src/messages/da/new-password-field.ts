import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Ny adgangskode',
  'field.confirmPassword': 'Bekræft ny adgangskode',
  'password.rules': 'Din adgangskode skal indeholde:',
  'password.rule.minLength.one': 'Mindst {count} tegn',
  'password.rule.minLength.other': 'Mindst {count} tegn',
  'password.rule.lowercase': 'Et lille bogstav (a–z)',
  'password.rule.uppercase': 'Et stort bogstav (A–Z)',
  'password.rule.number': 'Et tal (0–9)',
  'password.rule.symbol': 'Et specialtegn, f.eks. ! eller ?',
  'password.ruleMet': '{rule} (opfyldt)',
  'password.ruleUnmet': '{rule} (mangler)',
  'action.showNewPassword': 'Vis ny adgangskode',
  'action.showConfirmation': 'Vis bekræftelse',
};
