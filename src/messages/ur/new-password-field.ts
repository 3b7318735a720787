import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'نیا پاس ورڈ',
  'field.confirmPassword': 'نئے پاس ورڈ کی تصدیق کریں',
  'password.rules': 'آپ کے پاس ورڈ میں یہ ہونا ضروری ہے:',
  'password.rule.minLength.one': 'کم از کم {count} حرف',
  'password.rule.minLength.other': 'کم از کم {count} حروف',
  'password.rule.lowercase': 'ایک چھوٹا حرف (a–z)',
  'password.rule.uppercase': 'ایک بڑا حرف (A–Z)',
  'password.rule.number': 'ایک ہندسہ (0–9)',
  'password.rule.symbol': 'ایک علامت، جیسے ! یا ?',
  'password.ruleMet': '{rule} (مکمل)',
  'password.ruleUnmet': '{rule} (ابھی نہیں)',
  'action.showNewPassword': 'نیا پاس ورڈ دکھائیں',
  'action.showConfirmation': 'تصدیقی پاس ورڈ دکھائیں',
};
