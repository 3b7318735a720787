import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'آپ سائن ان نہیں ہیں۔ اپنا اکاؤنٹ منظم کرنے کے لیے سائن ان کریں۔',
  'account.password.title': 'اپنا پاس ورڈ تبدیل کریں',
  'account.field.currentPassword': 'موجودہ پاس ورڈ',
  'account.password.submit': 'پاس ورڈ تبدیل کریں',
  'account.password.changed': 'آپ کا پاس ورڈ تبدیل ہو گیا ہے۔',
  'account.error.currentPassword': 'یہ آپ کا موجودہ پاس ورڈ نہیں ہے۔',
  'account.sessions.title': 'ہر جگہ سے سائن آؤٹ کریں',
  'account.sessions.hint': 'اس سے ان تمام آلات اور براؤزرز سے سائن آؤٹ ہو جائے گا جہاں آپ سائن ان ہیں، اس آلے سمیت۔',
  'account.sessions.submit': 'تمام آلات سے سائن آؤٹ کریں',
  'account.delete.title': 'اپنا اکاؤنٹ حذف کریں',
  'account.delete.hint': 'اس سے آپ کا اکاؤنٹ اور اس میں محفوظ ہر چیز حذف ہو جائے گی۔ اسے واپس نہیں لایا جا سکتا۔',
  'account.delete.word': 'حذف',
  'account.delete.field': 'تصدیق کے لیے “{word}” ٹائپ کریں',
  'account.delete.submit': 'اکاؤنٹ حذف کریں',
  'account.delete.mismatch': 'تصدیق کے لیے “{word}” ٹائپ کریں۔',
  'account.delete.done': 'آپ کا اکاؤنٹ حذف کر دیا گیا۔',
};
