import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'คุณยังไม่ได้ลงชื่อเข้าใช้ โปรดลงชื่อเข้าใช้เพื่อจัดการบัญชีของคุณ',
  'account.password.title': 'เปลี่ยนรหัสผ่าน',
  'account.field.currentPassword': 'รหัสผ่านปัจจุบัน',
  'account.password.submit': 'เปลี่ยนรหัสผ่าน',
  'account.password.changed': 'เปลี่ยนรหัสผ่านแล้ว',
  'account.error.currentPassword': 'นี่ไม่ใช่รหัสผ่านปัจจุบันของคุณ',
  'account.sessions.title': 'ออกจากระบบทุกที่',
  'account.sessions.hint': 'การดำเนินการนี้จะนำคุณออกจากระบบในทุกอุปกรณ์และเบราว์เซอร์ที่คุณลงชื่อเข้าใช้ไว้ รวมถึงเครื่องนี้ด้วย',
  'account.sessions.submit': 'ออกจากระบบในทุกอุปกรณ์',
  'account.delete.title': 'ลบบัญชีของคุณ',
  'account.delete.hint': 'การดำเนินการนี้จะลบบัญชีของคุณและทุกอย่างที่บันทึกไว้ในบัญชี และไม่สามารถย้อนกลับได้',
  'account.delete.word': 'ลบ',
  'account.delete.field': 'พิมพ์ “{word}” เพื่อยืนยัน',
  'account.delete.submit': 'ลบบัญชี',
  'account.delete.mismatch': 'พิมพ์ “{word}” เพื่อยืนยัน',
  'account.delete.done': 'ลบบัญชีของคุณแล้ว',
};
