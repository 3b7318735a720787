import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'प्रोफाइल',
  'account.profile.submit': 'सुरक्षित गर्नुहोस्',
  'account.profile.saved': 'तपाईंको प्रोफाइल सुरक्षित गरियो।',
  'account.profile.pending': 'तपाईंले कोड नहालेसम्म, तपाईं {old} बाटै साइन इन गर्नुहुन्छ।',
  'account.profile.confirmed': 'पुष्टि भयो। अब तपाईं {value} बाट साइन इन गर्नुहुन्छ।',
  'account.profile.cancel': 'रद्द गर्नुहोस्',
};
