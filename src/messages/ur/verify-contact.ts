import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'اپنی رابطے کی تفصیلات کی تصدیق کریں',
  'hint.verifyContact': 'تصدیق کریں کہ آپ سے رابطہ کیسے ہو سکتا ہے، تاکہ پاس ورڈ یاد نہ رہے تو آپ اسے ری سیٹ کر سکیں۔',
  'action.verifyContact.email': 'مجھے ای میل پر کوڈ بھیجیں',
  'action.verifyContact.phone_number': 'مجھے SMS پر کوڈ بھیجیں',
};
