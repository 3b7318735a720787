import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'ยืนยันข้อมูลติดต่อของคุณ',
  'hint.verifyContact': 'ยืนยันช่องทางที่เราติดต่อคุณได้ เพื่อให้คุณรีเซ็ตรหัสผ่านได้หากลืม',
  'action.verifyContact.email': 'ส่งรหัสทางอีเมล',
  'action.verifyContact.phone_number': 'ส่งรหัสทาง SMS',
};
