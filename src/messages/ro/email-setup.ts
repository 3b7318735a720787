import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Continuați',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Configurați verificarea prin e-mail',
  'hint.emailSetup': 'Introduceți adresa de e-mail la care să vă trimitem codurile de conectare.',
};
