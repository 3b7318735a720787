import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Шинэ нууц үг',
  'field.confirmPassword': 'Шинэ нууц үгээ давтана уу',
  'password.rules': 'Нууц үгэнд дараах зүйл байх ёстой:',
  'password.rule.minLength.one': 'Дор хаяж {count} тэмдэгт',
  'password.rule.minLength.other': 'Дор хаяж {count} тэмдэгт',
  'password.rule.lowercase': 'Жижиг латин үсэг (a–z)',
  'password.rule.uppercase': 'Том латин үсэг (A–Z)',
  'password.rule.number': 'Тоо (0–9)',
  'password.rule.symbol': 'Тусгай тэмдэгт, жишээ нь ! эсвэл ?',
  'password.ruleMet': '{rule} (биелсэн)',
  'password.ruleUnmet': '{rule} (хараахан биелээгүй)',
  'action.showNewPassword': 'Шинэ нууц үгийг харуулах',
  'action.showConfirmation': 'Давтсан нууц үгийг харуулах',
};
