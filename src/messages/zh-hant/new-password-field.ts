import type { Catalog } from '../en.js';

/** `zh-hant`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': '新密碼',
  'field.confirmPassword': '確認新密碼',
  'password.rules': '密碼必須符合以下條件：',
  'password.rule.minLength.other': '至少 {count} 個字元',
  'password.rule.lowercase': '包含小寫英文字母（a–z）',
  'password.rule.uppercase': '包含大寫英文字母（A–Z）',
  'password.rule.number': '包含數字（0–9）',
  'password.rule.symbol': '包含符號，例如 ! 或 ?',
  'password.ruleMet': '{rule}（已符合）',
  'password.ruleUnmet': '{rule}（尚未符合）',
  'action.showNewPassword': '顯示新密碼',
  'action.showConfirmation': '顯示確認密碼',
};
