import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profil',
  'account.profile.submit': 'Spara',
  'account.profile.saved': 'Din profil har sparats.',
  'account.profile.pending': 'Tills du anger koden loggar du fortfarande in med {old}.',
  'account.profile.confirmed': 'Bekräftat. Nu loggar du in med {value}.',
  'account.profile.cancel': 'Avbryt',
};
