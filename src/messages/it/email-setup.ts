import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Continua',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Configura la verifica via email',
  'hint.emailSetup': 'Inserisci l’indirizzo email a cui inviare i codici di accesso.',
};
