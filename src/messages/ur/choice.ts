import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'سائن ان کا طریقہ منتخب کریں',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'منتخب کریں کہ آپ اپنی شناخت کی تصدیق کیسے کریں گے',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': '2 مرحلہ توثیق سیٹ اپ کریں',
  'choice.SMS': 'ٹیکسٹ پیغام (SMS)',
  'choice.TOTP': 'توثیق کنندہ ایپ',
  'choice.EMAIL': 'ای میل',
  'choice.PASSWORD': 'پاس ورڈ',
  'choice.PASSWORD_SRP': 'پاس ورڈ',
  'choice.EMAIL_OTP': 'مجھے ای میل پر کوڈ بھیجیں',
  'choice.SMS_OTP': 'مجھے SMS پر کوڈ بھیجیں',
  'choice.WEB_AUTHN': 'پاس کی',
};
