import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profil',
  'account.profile.submit': 'Sačuvaj',
  'account.profile.saved': 'Vaš profil je sačuvan.',
  'account.profile.pending': 'Dok ne unesete kod, za prijavu i dalje koristite {old}.',
  'account.profile.confirmed': 'Potvrđeno. Za prijavu sada koristite {value}.',
  'account.profile.cancel': 'Otkaži',
};
