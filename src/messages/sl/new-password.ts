import type { Catalog } from '../en.js';

/** `sl`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Izberite novo geslo',
  'hint.newPassword': 'Preden nadaljujete, morate začasno geslo zamenjati z novim.',
  'hint.missingAttributes': 'Potrebujemo še nekaj podatkov.',
};
