import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': '새 비밀번호',
  'field.confirmPassword': '새 비밀번호 확인',
  'password.rules': '비밀번호 요건:',
  'password.rule.minLength.other': '{count}자 이상',
  'password.rule.lowercase': '영문 소문자(a–z) 포함',
  'password.rule.uppercase': '영문 대문자(A–Z) 포함',
  'password.rule.number': '숫자(0–9) 포함',
  'password.rule.symbol': '기호 포함(예: ! 또는 ?)',
  'password.ruleMet': '{rule}(충족)',
  'password.ruleUnmet': '{rule}(미충족)',
  'action.showNewPassword': '새 비밀번호 표시',
  'action.showConfirmation': '확인 비밀번호 표시',
};
