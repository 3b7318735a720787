import type { Catalog } from '../en.js';

/** `th`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'จดจำอุปกรณ์นี้',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'ป้อนรหัสยืนยันที่ได้รับทาง SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'ป้อนรหัสยืนยันที่ได้รับทางอีเมล',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'ป้อนรหัสยืนยันจากแอปยืนยันตัวตน',
  'step.CONFIRM_SIGN_UP.title': 'ยืนยันบัญชีของคุณ',
  'hint.codeSent': 'เราส่งรหัสยืนยันไปที่ {destination} แล้ว',
  'hint.codeSentBy.SMS': 'เราส่งรหัสยืนยันทาง SMS ไปที่ {destination} แล้ว',
  'hint.codeSentBy.EMAIL': 'เราส่งรหัสยืนยันทางอีเมลไปที่ {destination} แล้ว',
  'hint.totpCode': 'เปิดแอปยืนยันตัวตน แล้วป้อนรหัสยืนยัน 6 หลักของบัญชีนี้',
  'hint.confirmSignUp': 'ป้อนรหัสยืนยันที่เราส่งไปที่ {destination} เพื่อยืนยันบัญชีของคุณ',
  'hint.confirmSignUpNoDestination': 'ป้อนรหัสยืนยันที่เราส่งให้คุณเพื่อยืนยันบัญชีของคุณ',
};
