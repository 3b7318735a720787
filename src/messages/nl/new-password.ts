import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Nieuw wachtwoord kiezen',
  'hint.newPassword': 'Je moet je tijdelijke wachtwoord vervangen voordat je verdergaat.',
  'hint.missingAttributes': 'We hebben nog een paar gegevens van je nodig.',
};
