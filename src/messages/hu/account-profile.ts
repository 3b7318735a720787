import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profil',
  'account.profile.submit': 'Mentés',
  'account.profile.saved': 'A profilját mentettük.',
  'account.profile.pending': 'Amíg nem adja meg a kódot, továbbra is ezzel jelentkezik be: {old}.',
  'account.profile.confirmed': 'Megerősítve. Mostantól ezzel jelentkezik be: {value}.',
  'account.profile.cancel': 'Mégse',
};
