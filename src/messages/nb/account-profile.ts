import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profil',
  'account.profile.submit': 'Lagre',
  'account.profile.saved': 'Profilen din er lagret.',
  'account.profile.pending': 'Frem til du skriver inn koden, logger du fortsatt på med {old}.',
  'account.profile.confirmed': 'Bekreftet. Nå logger du på med {value}.',
  'account.profile.cancel': 'Avbryt',
};
