import type { Catalog } from '../en.js';

/** `sl`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profil',
  'account.profile.submit': 'Shrani',
  'account.profile.saved': 'Vaš profil je shranjen.',
  'account.profile.pending': 'Dokler ne vnesete kode, za prijavo še naprej uporabljate {old}.',
  'account.profile.confirmed': 'Potrjeno. Za prijavo zdaj uporabljate {value}.',
  'account.profile.cancel': 'Prekliči',
};
