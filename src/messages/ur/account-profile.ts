import type { Catalog } from '../en.js';

/** `ur`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'پروفائل',
  'account.profile.submit': 'محفوظ کریں',
  'account.profile.saved': 'آپ کا پروفائل محفوظ ہو گیا۔',
  'account.profile.pending': 'جب تک آپ کوڈ درج نہیں کرتے، آپ {old} سے ہی سائن ان کریں گے۔',
  'account.profile.confirmed': 'تصدیق ہو گئی۔ اب آپ {value} سے سائن ان کرتے ہیں۔',
  'account.profile.cancel': 'منسوخ کریں',
};
