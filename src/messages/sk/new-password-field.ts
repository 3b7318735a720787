import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Nové heslo',
  'field.confirmPassword': 'Potvrdenie nového hesla',
  'password.rules': 'Heslo musí obsahovať:',
  'password.rule.minLength.one': 'Aspoň {count} znak',
  'password.rule.minLength.few': 'Aspoň {count} znaky',
  'password.rule.minLength.many': 'Aspoň {count} znaku',
  'password.rule.minLength.other': 'Aspoň {count} znakov',
  'password.rule.lowercase': 'Malé písmeno bez diakritiky (a–z)',
  'password.rule.uppercase': 'Veľké písmeno bez diakritiky (A–Z)',
  'password.rule.number': 'Číslicu (0–9)',
  'password.rule.symbol': 'Špeciálny znak, napríklad ! alebo ?',
  'password.ruleMet': '{rule} (splnené)',
  'password.ruleUnmet': '{rule} (zatiaľ nesplnené)',
  'action.showNewPassword': 'Zobraziť nové heslo',
  'action.showConfirmation': 'Zobraziť potvrdenie hesla',
};
