import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Fortsett',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Konfigurer bekreftelse via e-post',
  'hint.emailSetup': 'Skriv inn e-postadressen vi skal sende påloggingskodene dine til.',
};
