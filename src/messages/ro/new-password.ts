import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Alegeți o parolă nouă',
  'hint.newPassword': 'Înainte de a continua, trebuie să înlocuiți parola temporară.',
  'hint.missingAttributes': 'Mai avem nevoie de câteva informații.',
};
