import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'สร้างบัญชีของคุณ',
  'hint.phoneNumber': 'ขึ้นต้นด้วย + และรหัสประเทศ เช่น +14255550100',
  'hint.signUpNoPassword': 'ไม่ต้องใช้รหัสผ่าน: คุณจะลงชื่อเข้าใช้ด้วยรหัสที่เราส่งให้',
  'action.haveAccount': 'มีบัญชีอยู่แล้ว? ลงชื่อเข้าใช้',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'ตรวจสอบอีเมลของคุณ',
  'hint.signUpLink': 'เราส่งลิงก์ไปที่ {destination} แล้ว เปิดลิงก์เพื่อยืนยันบัญชีของคุณ แล้วหน้านี้จะดำเนินการต่อเอง',
  'hint.signUpLinkNoDestination': 'เราส่งลิงก์ให้คุณแล้ว เปิดลิงก์เพื่อยืนยันบัญชีของคุณ แล้วหน้านี้จะดำเนินการต่อเอง',
  'action.resendLink': 'ส่งลิงก์ใหม่',
};
