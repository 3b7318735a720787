import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'ส่งรหัสยืนยัน',
  'step.RESET_PASSWORD.title': 'รีเซ็ตรหัสผ่าน',
  'step.CONFIRM_RESET_PASSWORD.title': 'ตั้งรหัสผ่านใหม่',
  'hint.resetPassword': 'เราจะส่งรหัสยืนยันให้คุณเพื่อรีเซ็ตรหัสผ่านของบัญชีนี้',
  'hint.confirmResetPassword': 'ป้อนรหัสยืนยันที่เราส่งไปที่ {destination} แล้วตั้งรหัสผ่านใหม่',
  'hint.confirmResetPasswordNoDestination': 'ป้อนรหัสยืนยันที่เราส่งให้คุณ แล้วตั้งรหัสผ่านใหม่',
};
