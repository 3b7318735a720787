import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'คัดลอกคีย์การตั้งค่า',
  'action.openAuthenticator': 'เปิดในแอปยืนยันตัวตน',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'ตั้งค่าแอปยืนยันตัวตน',
  'hint.totpSecret': 'คีย์การตั้งค่า',
  'hint.totpQrAlt': 'คิวอาร์โค้ดสำหรับเพิ่มบัญชีนี้ลงในแอปยืนยันตัวตน',
  'hint.totpCopied': 'คัดลอกแล้ว',
  'error.qrCode': 'แสดงคิวอาร์โค้ดไม่ได้ โปรดป้อนคีย์การตั้งค่าในแอปยืนยันตัวตนแทน',
  'hint.totpStepApp': 'เปิดแอปยืนยันตัวตนบนโทรศัพท์ของคุณ หรือติดตั้งแอปหนึ่ง',
  'hint.totpStepScan': 'สแกนคิวอาร์โค้ดด้วยแอป หรือคัดลอกคีย์การตั้งค่าไปใส่ในแอป',
  'hint.totpStepCode': 'ป้อนรหัสยืนยัน 6 หลักที่แสดงในแอป',
};
