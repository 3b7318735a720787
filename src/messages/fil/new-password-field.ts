import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Bagong password',
  'field.confirmPassword': 'Kumpirmahin ang bagong password',
  'password.rules': 'Dapat may ganito ang iyong password:',
  'password.rule.minLength.one': 'Hindi bababa sa {count} character',
  'password.rule.minLength.other': 'Hindi bababa sa {count} character',
  'password.rule.lowercase': 'Isang maliit na titik (a–z)',
  'password.rule.uppercase': 'Isang malaking titik (A–Z)',
  'password.rule.number': 'Isang numero (0–9)',
  'password.rule.symbol': 'Isang simbolo, gaya ng ! o ?',
  'password.ruleMet': '{rule} (ayos na)',
  'password.ruleUnmet': '{rule} (hindi pa)',
  'action.showNewPassword': 'Ipakita ang bagong password',
  'action.showConfirmation': 'Ipakita ang kumpirmasyon',
};
