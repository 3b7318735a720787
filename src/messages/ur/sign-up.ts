import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'اپنا اکاؤنٹ بنائیں',
  'hint.phoneNumber': '+ اور ملک کے کوڈ سے شروع کریں، جیسے ‎+923001234567۔',
  'hint.signUpNoPassword': 'پاس ورڈ کی ضرورت نہیں: آپ ہمارے بھیجے ہوئے کوڈ سے سائن ان کریں گے۔',
  'action.haveAccount': 'پہلے سے اکاؤنٹ ہے؟ سائن ان کریں',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'اپنی ای میل دیکھیں',
  'hint.signUpLink':
    'ہم نے {destination} پر ایک لنک بھیجا ہے۔ اپنے اکاؤنٹ کی تصدیق کے لیے اسے کھولیں، یہ صفحہ خود ہی آگے بڑھ جائے گا۔',
  'hint.signUpLinkNoDestination':
    'ہم نے آپ کو ایک لنک بھیجا ہے۔ اپنے اکاؤنٹ کی تصدیق کے لیے اسے کھولیں، یہ صفحہ خود ہی آگے بڑھ جائے گا۔',
  'action.resendLink': 'نیا لنک بھیجیں',
};
