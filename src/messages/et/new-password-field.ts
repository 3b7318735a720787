import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Uus parool',
  'field.confirmPassword': 'Korrake uut parooli',
  'password.rules': 'Paroolis peab olema:',
  'password.rule.minLength.one': 'Vähemalt {count} märk',
  'password.rule.minLength.other': 'Vähemalt {count} märki',
  'password.rule.lowercase': 'Väiketäht (a–z)',
  'password.rule.uppercase': 'Suurtäht (A–Z)',
  'password.rule.number': 'Number (0–9)',
  'password.rule.symbol': 'Erimärk, näiteks ! või ?',
  'password.ruleMet': '{rule} (täidetud)',
  'password.ruleUnmet': '{rule} (veel täitmata)',
  'action.showNewPassword': 'Kuva uus parool',
  'action.showConfirmation': 'Kuva korratud parool',
};
