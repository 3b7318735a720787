import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Neues Passwort wählen',
  'hint.newPassword': 'Bevor Sie fortfahren, müssen Sie Ihr vorläufiges Passwort ersetzen.',
  'hint.missingAttributes': 'Wir benötigen noch ein paar Angaben.',
};
