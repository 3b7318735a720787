import type { Catalog } from '../en.js';

/** `hr`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profil',
  'account.profile.submit': 'Spremi',
  'account.profile.saved': 'Vaš je profil spremljen.',
  'account.profile.pending': 'Dok ne unesete kôd, za prijavu i dalje upotrebljavate {old}.',
  'account.profile.confirmed': 'Potvrđeno. Za prijavu sada upotrebljavate {value}.',
  'account.profile.cancel': 'Odustani',
};
