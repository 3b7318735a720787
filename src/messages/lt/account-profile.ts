import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profilis',
  'account.profile.submit': 'Išsaugoti',
  'account.profile.saved': 'Jūsų profilis išsaugotas.',
  'account.profile.pending': 'Kol neįvesite kodo, ir toliau prisijungsite naudodami {old}.',
  'account.profile.confirmed': 'Patvirtinta. Dabar prisijungiate naudodami {value}.',
  'account.profile.cancel': 'Atšaukti',
};
