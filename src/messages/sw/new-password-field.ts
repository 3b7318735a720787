import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Nenosiri jipya',
  'field.confirmPassword': 'Thibitisha nenosiri jipya',
  'password.rules': 'Nenosiri lako lazima liwe na:',
  'password.rule.minLength.one': 'Angalau herufi {count}',
  'password.rule.minLength.other': 'Angalau herufi {count}',
  'password.rule.lowercase': 'Herufi ndogo moja (a–z)',
  'password.rule.uppercase': 'Herufi kubwa moja (A–Z)',
  'password.rule.number': 'Tarakimu moja (0–9)',
  'password.rule.symbol': 'Alama moja, kama vile ! au ?',
  'password.ruleMet': '{rule} (imetimizwa)',
  'password.ruleUnmet': '{rule} (bado)',
  'action.showNewPassword': 'Onyesha nenosiri jipya',
  'action.showConfirmation': 'Onyesha uthibitisho',
};
