import type { Catalog } from '../en.js';

/** `pl`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Dalej',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Skonfiguruj weryfikację przez e-mail',
  'hint.emailSetup': 'Wpisz adres e-mail, na który mamy wysyłać kody logowania.',
};
