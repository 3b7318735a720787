import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Նոր գաղտնաբառ',
  'field.confirmPassword': 'Կրկնեք նոր գաղտնաբառը',
  'password.rules': 'Գաղտնաբառը պետք է պարունակի՝',
  'password.rule.minLength.one': 'Առնվազն {count} նիշ',
  'password.rule.minLength.other': 'Առնվազն {count} նիշ',
  'password.rule.lowercase': 'Լատինական փոքրատառ (a–z)',
  'password.rule.uppercase': 'Լատինական մեծատառ (A–Z)',
  'password.rule.number': 'Թվանշան (0–9)',
  'password.rule.symbol': 'Հատուկ նշան, օրինակ՝ ! կամ ?',
  'password.ruleMet': '{rule} (կատարված է)',
  'password.ruleUnmet': '{rule} (դեռ կատարված չէ)',
  'action.showNewPassword': 'Ցույց տալ նոր գաղտնաբառը',
  'action.showConfirmation': 'Ցույց տալ կրկնված գաղտնաբառը',
};
