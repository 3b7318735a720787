import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Profils',
  'account.profile.submit': 'Saglabāt',
  'account.profile.saved': 'Jūsu profils ir saglabāts.',
  'account.profile.pending': 'Līdz koda ievadīšanai jūs joprojām pierakstāties ar {old}.',
  'account.profile.confirmed': 'Apstiprināts. Tagad jūs pierakstāties ar {value}.',
  'account.profile.cancel': 'Atcelt',
};
