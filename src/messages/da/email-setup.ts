import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Fortsæt',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Konfigurer bekræftelse via e-mail',
  'hint.emailSetup': 'Indtast den e-mailadresse, som vi skal sende dine loginkoder til.',
};
