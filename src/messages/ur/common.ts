import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'صارف نام',
  'field.password': 'پاس ورڈ',
  'field.code': 'کوڈ',
  'action.signIn': 'سائن ان کریں',
  'action.confirm': 'تصدیق کریں',
  'action.resendCode': 'نیا کوڈ بھیجیں',
  'action.backToSignIn': 'سائن ان پر واپس جائیں',
  'action.changePassword': 'پاس ورڈ تبدیل کریں',
  'action.working': 'براہ کرم انتظار کریں…',
  'action.showPassword': 'پاس ورڈ دکھائیں',
  'action.resendCodeIn.one': '{count} سیکنڈ میں نیا کوڈ بھیجیں',
  'action.resendCodeIn.other': '{count} سیکنڈ میں نیا کوڈ بھیجیں',
  'hint.codeResentNoDestination': 'نیا کوڈ بھیجا جا رہا ہے۔',
  'hint.resetRequired': 'سائن ان کرنے سے پہلے آپ کو اپنا پاس ورڈ ری سیٹ کرنا ہوگا۔',
  'error.prefix': 'خرابی:',
  'error.network': 'ہم سائن ان سروس تک نہیں پہنچ سکے۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔',
  'field.email': 'ای میل',
  'field.phone': 'فون نمبر',
  'field.emailOrPhone': 'ای میل یا فون نمبر',
  'action.createAccount': 'اکاؤنٹ بنائیں',
  'hint.codeLength.one': 'کوڈ {count} ہندسے کا ہے۔',
  'hint.codeLength.other': 'کوڈ {count} ہندسوں کا ہے۔',
};
