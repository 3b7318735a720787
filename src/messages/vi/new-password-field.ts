import type { Catalog } from '../en.js';

/** `vi`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Mật khẩu mới',
  'field.confirmPassword': 'Xác nhận mật khẩu mới',
  'password.rules': 'Mật khẩu của bạn phải có:',
  'password.rule.minLength.other': 'Ít nhất {count} ký tự',
  'password.rule.lowercase': 'Một chữ cái viết thường không dấu (a–z)',
  'password.rule.uppercase': 'Một chữ cái viết hoa không dấu (A–Z)',
  'password.rule.number': 'Một chữ số (0–9)',
  'password.rule.symbol': 'Một ký hiệu, chẳng hạn như ! hoặc ?',
  'password.ruleMet': '{rule} (đã đạt)',
  'password.ruleUnmet': '{rule} (chưa đạt)',
  'action.showNewPassword': 'Hiện mật khẩu mới',
  'action.showConfirmation': 'Hiện mật khẩu xác nhận',
};
