import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'یہ آلہ یاد رکھیں',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'SMS کے ذریعے بھیجا گیا کوڈ درج کریں',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'ای میل کے ذریعے بھیجا گیا کوڈ درج کریں',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'اپنی توثیق کنندہ ایپ سے کوڈ درج کریں',
  'step.CONFIRM_SIGN_UP.title': 'اپنے اکاؤنٹ کی تصدیق کریں',
  'hint.codeSent': 'ہم نے {destination} پر ایک کوڈ بھیجا ہے۔',
  'hint.codeSentBy.SMS': 'ہم نے {destination} پر بذریعہ SMS ایک کوڈ بھیجا ہے۔',
  'hint.codeSentBy.EMAIL': 'ہم نے {destination} پر بذریعہ ای میل ایک کوڈ بھیجا ہے۔',
  'hint.totpCode': 'اپنی توثیق کنندہ ایپ کھولیں اور اس اکاؤنٹ کا 6 ہندسوں کا کوڈ درج کریں۔',
  'hint.confirmSignUp': 'اپنے اکاؤنٹ کی تصدیق کے لیے {destination} پر بھیجا گیا کوڈ درج کریں۔',
  'hint.confirmSignUpNoDestination': 'اپنے اکاؤنٹ کی تصدیق کے لیے ہمارا بھیجا ہوا کوڈ درج کریں۔',
};
