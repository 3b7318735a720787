import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Sabuwar kalmar sirri',
  'field.confirmPassword': 'Tabbatar da sabuwar kalmar sirri',
  'password.rules': 'Dole ne kalmar sirrinku ta ƙunshi:',
  'password.rule.minLength.one': 'Aƙalla harafi {count}',
  'password.rule.minLength.other': 'Aƙalla haruffa {count}',
  'password.rule.lowercase': 'Ƙaramin baƙi ɗaya (a–z)',
  'password.rule.uppercase': 'Babban baƙi ɗaya (A–Z)',
  'password.rule.number': 'Lamba ɗaya (0–9)',
  'password.rule.symbol': 'Alama ɗaya, kamar ! ko ?',
  'password.ruleMet': '{rule} (an cika)',
  'password.ruleUnmet': '{rule} (har yanzu ba a cika ba)',
  'action.showNewPassword': 'Nuna sabuwar kalmar sirri',
  'action.showConfirmation': 'Nuna tabbatarwa',
};
