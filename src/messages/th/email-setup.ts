import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'ดำเนินการต่อ',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'ตั้งค่าการยืนยันทางอีเมล',
  'hint.emailSetup': 'ป้อนอีเมลที่คุณต้องการใช้รับรหัสยืนยันสำหรับลงชื่อเข้าใช้',
};
