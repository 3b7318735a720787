import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'سیٹ اپ کلید کاپی کریں',
  'action.openAuthenticator': 'توثیق کنندہ ایپ میں کھولیں',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'اپنی توثیق کنندہ ایپ سیٹ اپ کریں',
  'hint.totpSecret': 'سیٹ اپ کلید',
  'hint.totpQrAlt': 'اس اکاؤنٹ کو توثیق کنندہ ایپ میں شامل کرنے کا QR کوڈ',
  'hint.totpCopied': 'کاپی ہو گیا',
  'error.qrCode': 'QR کوڈ نہیں دکھایا جا سکتا۔ اس کے بجائے اپنی توثیق کنندہ ایپ میں سیٹ اپ کلید درج کریں۔',
  'hint.totpStepApp': 'اپنے فون پر کوئی توثیق کنندہ ایپ کھولیں، یا انسٹال کریں۔',
  'hint.totpStepScan': 'ایپ سے QR کوڈ اسکین کریں، یا سیٹ اپ کلید کاپی کر کے اس میں ڈالیں۔',
  'hint.totpStepCode': 'ایپ میں دکھایا گیا 6 ہندسوں کا کوڈ درج کریں۔',
};
