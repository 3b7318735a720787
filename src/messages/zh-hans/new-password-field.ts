import type { Catalog } from '../en.js';

/** `zh-hans`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': '新密码',
  'field.confirmPassword': '确认新密码',
  'password.rules': '密码须满足以下要求：',
  'password.rule.minLength.other': '至少 {count} 个字符',
  'password.rule.lowercase': '包含小写英文字母（a–z）',
  'password.rule.uppercase': '包含大写英文字母（A–Z）',
  'password.rule.number': '包含数字（0–9）',
  'password.rule.symbol': '包含符号，例如 ! 或 ?',
  'password.ruleMet': '{rule}（已满足）',
  'password.ruleUnmet': '{rule}（未满足）',
  'action.showNewPassword': '显示新密码',
  'action.showConfirmation': '显示确认密码',
};
