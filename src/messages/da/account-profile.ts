import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profil',
  'account.profile.submit': 'Gem',
  'account.profile.saved': 'Din profil er gemt.',
  'account.profile.pending': 'Indtil du indtaster koden, logger du stadig ind med {old}.',
  'account.profile.confirmed': 'Bekræftet. Du logger nu ind med {value}.',
  'account.profile.cancel': 'Annuller',
};
