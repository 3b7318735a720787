import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Nastavi',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Podesite potvrdu imejlom',
  'hint.emailSetup': 'Unesite imejl adresu na koju da šaljemo kôdove za prijavljivanje.',
};
