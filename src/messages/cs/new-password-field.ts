import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Nové heslo',
  'field.confirmPassword': 'Potvrzení nového hesla',
  'password.rules': 'Heslo musí obsahovat:',
  'password.rule.minLength.one': 'Alespoň {count} znak',
  'password.rule.minLength.few': 'Alespoň {count} znaky',
  'password.rule.minLength.many': 'Alespoň {count} znaku',
  'password.rule.minLength.other': 'Alespoň {count} znaků',
  'password.rule.lowercase': 'Malé písmeno bez diakritiky (a–z)',
  'password.rule.uppercase': 'Velké písmeno bez diakritiky (A–Z)',
  'password.rule.number': 'Číslici (0–9)',
  'password.rule.symbol': 'Speciální znak, například ! nebo ?',
  'password.ruleMet': '{rule} (splněno)',
  'password.ruleUnmet': '{rule} (zatím nesplněno)',
  'action.showNewPassword': 'Zobrazit nové heslo',
  'action.showConfirmation': 'Zobrazit potvrzení hesla',
};
