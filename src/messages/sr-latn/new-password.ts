import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Izaberite novu lozinku',
  'hint.newPassword': 'Pre nego što nastavite, privremenu lozinku treba da zamenite novom.',
  'hint.missingAttributes': 'Potrebno nam je još nekoliko podataka.',
};
