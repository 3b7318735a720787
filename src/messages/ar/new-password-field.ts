import type { Catalog } from '../en.js';

/** `ar`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'كلمة المرور الجديدة',
  'field.confirmPassword': 'تأكيد كلمة المرور الجديدة',
  'password.rules': 'يجب أن تحتوي كلمة المرور على:',
  'password.rule.minLength.zero': '{count} حرف على الأقل',
  'password.rule.minLength.one': 'حرف واحد على الأقل',
  'password.rule.minLength.two': 'حرفان على الأقل',
  'password.rule.minLength.few': '{count} أحرف على الأقل',
  'password.rule.minLength.many': '{count} حرفًا على الأقل',
  'password.rule.minLength.other': '{count} حرف على الأقل',
  'password.rule.lowercase': 'حرف إنجليزي صغير (a–z)',
  'password.rule.uppercase': 'حرف إنجليزي كبير (A–Z)',
  'password.rule.number': 'رقم (0–9)',
  'password.rule.symbol': 'علامة خاصة، مثل ! أو ?',
  'password.ruleMet': '{rule} (تم)',
  'password.ruleUnmet': '{rule} (لم يتحقق بعد)',
  'action.showNewPassword': 'إظهار كلمة المرور الجديدة',
  'action.showConfirmation': 'إظهار تأكيد كلمة المرور',
};
