import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Naujas slaptažodis',
  'field.confirmPassword': 'Pakartokite naują slaptažodį',
  'password.rules': 'Slaptažodyje turi būti:',
  'password.rule.minLength.one': 'Bent {count} simbolis',
  'password.rule.minLength.few': 'Bent {count} simboliai',
  'password.rule.minLength.many': 'Bent {count} simbolio',
  'password.rule.minLength.other': 'Bent {count} simbolių',
  'password.rule.lowercase': 'Mažoji raidė (a–z)',
  'password.rule.uppercase': 'Didžioji raidė (A–Z)',
  'password.rule.number': 'Skaitmuo (0–9)',
  'password.rule.symbol': 'Specialusis simbolis, pvz., ! arba ?',
  'password.ruleMet': '{rule} (įvykdyta)',
  'password.ruleUnmet': '{rule} (dar neįvykdyta)',
  'action.showNewPassword': 'Rodyti naują slaptažodį',
  'action.showConfirmation': 'Rodyti pakartotą slaptažodį',
};
