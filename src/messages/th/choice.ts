import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'คุณต้องการลงชื่อเข้าใช้ด้วยวิธีใด',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'เลือกวิธียืนยันว่าเป็นคุณ',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'ตั้งค่าการยืนยันแบบ 2 ขั้นตอน',
  'choice.SMS': 'ข้อความ (SMS)',
  'choice.TOTP': 'แอปยืนยันตัวตน',
  'choice.EMAIL': 'อีเมล',
  'choice.PASSWORD': 'รหัสผ่าน',
  'choice.PASSWORD_SRP': 'รหัสผ่าน',
  'choice.EMAIL_OTP': 'รับรหัสยืนยันทางอีเมล',
  'choice.SMS_OTP': 'รับรหัสยืนยันทาง SMS',
  'choice.WEB_AUTHN': 'พาสคีย์',
};
