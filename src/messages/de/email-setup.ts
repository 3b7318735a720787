import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Weiter',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Bestätigung per E-Mail einrichten',
  'hint.emailSetup': 'Geben Sie die E-Mail-Adresse ein, an die wir Ihre Anmeldecodes senden sollen.',
};
