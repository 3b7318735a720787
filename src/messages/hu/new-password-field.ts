import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Új jelszó',
  'field.confirmPassword': 'Új jelszó megerősítése',
  'password.rules': 'A jelszó követelményei:',
  'password.rule.minLength.one': 'Legalább {count} karakter',
  'password.rule.minLength.other': 'Legalább {count} karakter',
  'password.rule.lowercase': 'Legalább egy kisbetű (a–z)',
  'password.rule.uppercase': 'Legalább egy nagybetű (A–Z)',
  'password.rule.number': 'Legalább egy számjegy (0–9)',
  'password.rule.symbol': 'Legalább egy speciális karakter, például ! vagy ?',
  'password.ruleMet': '{rule} (teljesítve)',
  'password.ruleUnmet': '{rule} (még nem teljesül)',
  'action.showNewPassword': 'Új jelszó megjelenítése',
  'action.showConfirmation': 'Megerősítés megjelenítése',
};
