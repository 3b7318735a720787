import type { Catalog } from '../en.js';

/** `ja`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': '新しいパスワード',
  'field.confirmPassword': '新しいパスワード（確認）',
  'password.rules': 'パスワードの条件:',
  'password.rule.minLength.other': '{count} 文字以上',
  'password.rule.lowercase': '英小文字（a–z）を含む',
  'password.rule.uppercase': '英大文字（A–Z）を含む',
  'password.rule.number': '数字（0–9）を含む',
  'password.rule.symbol': '記号（! や ? など）を含む',
  'password.ruleMet': '{rule}（達成）',
  'password.ruleUnmet': '{rule}（未達成）',
  'action.showNewPassword': '新しいパスワードを表示',
  'action.showConfirmation': '確認用パスワードを表示',
};
