import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Jatka',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Ota käyttöön sähköpostivahvistus',
  'hint.emailSetup': 'Anna sähköpostiosoite, johon lähetämme kirjautumiskoodisi.',
};
