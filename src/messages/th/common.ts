import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'ชื่อผู้ใช้',
  'field.password': 'รหัสผ่าน',
  'field.code': 'รหัสยืนยัน',
  'action.signIn': 'ลงชื่อเข้าใช้',
  'action.confirm': 'ยืนยัน',
  'action.resendCode': 'ส่งรหัสยืนยันใหม่',
  'action.backToSignIn': 'กลับไปหน้าลงชื่อเข้าใช้',
  'action.changePassword': 'เปลี่ยนรหัสผ่าน',
  'action.working': 'โปรดรอสักครู่…',
  'action.showPassword': 'แสดงรหัสผ่าน',
  'action.resendCodeIn.other': 'ส่งรหัสยืนยันใหม่ได้ใน {count} วินาที',
  'hint.codeResentNoDestination': 'กำลังส่งรหัสยืนยันใหม่ให้คุณ',
  'hint.resetRequired': 'คุณต้องรีเซ็ตรหัสผ่านก่อนจึงจะลงชื่อเข้าใช้ได้',
  'error.prefix': 'ข้อผิดพลาด:',
  'error.network': 'เชื่อมต่อบริการลงชื่อเข้าใช้ไม่ได้ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
  'field.email': 'อีเมล',
  'field.phone': 'หมายเลขโทรศัพท์',
  'field.emailOrPhone': 'อีเมลหรือหมายเลขโทรศัพท์',
  'action.createAccount': 'สร้างบัญชี',
  'hint.codeLength.other': 'รหัสมี {count} หลัก',
};
