import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Yeni parol',
  'field.confirmPassword': 'Yeni parolu təsdiqləyin',
  'password.rules': 'Parolunuzda bunlar olmalıdır:',
  'password.rule.minLength.one': 'Ən azı {count} simvol',
  'password.rule.minLength.other': 'Ən azı {count} simvol',
  'password.rule.lowercase': 'Bir kiçik latın hərfi (a–z)',
  'password.rule.uppercase': 'Bir böyük latın hərfi (A–Z)',
  'password.rule.number': 'Bir rəqəm (0–9)',
  'password.rule.symbol': 'Bir xüsusi simvol, məsələn ! və ya ?',
  'password.ruleMet': '{rule} (tamamdır)',
  'password.ruleUnmet': '{rule} (hələ yox)',
  'action.showNewPassword': 'Yeni parolu göstərin',
  'action.showConfirmation': 'Təsdiqi göstərin',
};
