import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'प्रोफाइल',
  'account.profile.submit': 'जतन करा',
  'account.profile.saved': 'तुमचे प्रोफाइल जतन झाले.',
  'account.profile.pending': 'तुम्ही कोड टाकेपर्यंत, तुम्ही {old} वापरूनच साइन इन कराल.',
  'account.profile.confirmed': 'पुष्टी झाली. आता तुम्ही {value} वापरून साइन इन करता.',
  'account.profile.cancel': 'रद्द करा',
};
