import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'รหัสผ่านใหม่',
  'field.confirmPassword': 'ยืนยันรหัสผ่านใหม่',
  'password.rules': 'รหัสผ่านต้องมี:',
  'password.rule.minLength.other': 'อย่างน้อย {count} อักขระ',
  'password.rule.lowercase': 'ตัวอักษรภาษาอังกฤษพิมพ์เล็ก (a–z)',
  'password.rule.uppercase': 'ตัวอักษรภาษาอังกฤษพิมพ์ใหญ่ (A–Z)',
  'password.rule.number': 'ตัวเลข (0–9)',
  'password.rule.symbol': 'สัญลักษณ์ เช่น ! หรือ ?',
  'password.ruleMet': '{rule} (ครบแล้ว)',
  'password.ruleUnmet': '{rule} (ยังไม่ครบ)',
  'action.showNewPassword': 'แสดงรหัสผ่านใหม่',
  'action.showConfirmation': 'แสดงรหัสผ่านที่ยืนยัน',
};
