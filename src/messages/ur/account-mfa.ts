import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'دو مرحلہ توثیق',
  'account.mfa.off': 'دو مرحلہ توثیق بند ہے: سائن ان کرتے وقت صرف آپ کا پاس ورڈ پوچھا جاتا ہے۔',
  'account.mfa.hint': 'سائن ان کرتے وقت آپ کا پاس ورڈ، پھر پہلے استعمال ہونے والے طریقے سے ایک کوڈ پوچھا جاتا ہے۔',
  'account.mfa.retry': 'دوبارہ کوشش کریں',
  'account.mfa.on': 'آن',
  'account.mfa.preferred': 'آن، پہلے استعمال ہوتا ہے',
  'account.mfa.turnOn': 'آن کریں',
  'account.mfa.turnOff': 'آف کریں',
  'account.mfa.prefer': 'پہلے استعمال کریں',
  'account.mfa.cancel': 'منسوخ کریں',
  'account.mfa.totpOn':
    'آپ کی توثیق کنندہ ایپ آن ہو گئی ہے۔ اگلی بار سائن ان کرتے وقت وہ کوڈ درج کریں جو ایپ دکھاتی ہے۔',
  'account.mfa.saved': 'آپ کی تبدیلی محفوظ ہو گئی ہے۔',
  'error.mfaLastRequired': 'اس اکاؤنٹ میں دو مرحلہ توثیق رکھنا لازمی ہے۔ اسے آف کرنے سے پہلے کوئی اور طریقہ آن کریں۔',
};
