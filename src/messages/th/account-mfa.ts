import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'การยืนยันแบบ 2 ขั้นตอน',
  'account.mfa.off': 'การยืนยันแบบ 2 ขั้นตอนปิดอยู่ เมื่อลงชื่อเข้าใช้จะถามเฉพาะรหัสผ่านของคุณ',
  'account.mfa.hint': 'เมื่อลงชื่อเข้าใช้จะถามรหัสผ่านของคุณ แล้วจึงถามรหัสจากวิธีที่ใช้ก่อน',
  'account.mfa.retry': 'ลองอีกครั้ง',
  'account.mfa.on': 'เปิดอยู่',
  'account.mfa.preferred': 'เปิดอยู่ ใช้เป็นวิธีแรก',
  'account.mfa.turnOn': 'เปิด',
  'account.mfa.turnOff': 'ปิด',
  'account.mfa.prefer': 'ใช้เป็นวิธีแรก',
  'account.mfa.cancel': 'ยกเลิก',
  'account.mfa.totpOn': 'เปิดแอปยืนยันตัวตนแล้ว ครั้งถัดไปที่ลงชื่อเข้าใช้ ให้ป้อนรหัสที่แอปแสดง',
  'account.mfa.saved': 'บันทึกการเปลี่ยนแปลงแล้ว',
  'error.mfaLastRequired': 'บัญชีนี้ต้องใช้การยืนยันแบบ 2 ขั้นตอน โปรดเปิดวิธีอื่นก่อนปิดวิธีนี้',
};
