import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profil',
  'account.profile.submit': 'Yadda saxla',
  'account.profile.saved': 'Profiliniz yadda saxlanıldı.',
  'account.profile.pending': 'Kodu daxil edənə qədər hələ də {old} ilə daxil olursunuz.',
  'account.profile.confirmed': 'Təsdiqləndi. Artıq {value} ilə daxil olursunuz.',
  'account.profile.cancel': 'Ləğv edin',
};
