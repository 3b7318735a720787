import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'โปรไฟล์',
  'account.profile.submit': 'บันทึก',
  'account.profile.saved': 'บันทึกโปรไฟล์ของคุณแล้ว',
  'account.profile.pending': 'จนกว่าคุณจะป้อนรหัส คุณยังคงลงชื่อเข้าใช้ด้วย {old}',
  'account.profile.confirmed': 'ยืนยันแล้ว ตอนนี้คุณลงชื่อเข้าใช้ด้วย {value}',
  'account.profile.cancel': 'ยกเลิก',
};
