import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profil',
  'account.profile.submit': 'Saqlash',
  'account.profile.saved': 'Profilingiz saqlandi.',
  'account.profile.pending': 'Kodni kiritmaguningizcha, tizimga avvalgidek {old} orqali kirasiz.',
  'account.profile.confirmed': 'Tasdiqlandi. Endi tizimga {value} orqali kirasiz.',
  'account.profile.cancel': 'Bekor qilish',
};
