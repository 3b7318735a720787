import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'ตั้งรหัสผ่านใหม่',
  'hint.newPassword': 'คุณต้องเปลี่ยนรหัสผ่านชั่วคราวเป็นรหัสผ่านใหม่ก่อนจึงจะดำเนินการต่อได้',
  'hint.missingAttributes': 'เราต้องการข้อมูลเพิ่มเติมอีกเล็กน้อย',
};
