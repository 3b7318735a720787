import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Pokračovať',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Nastavenie overenia e-mailom',
  'hint.emailSetup': 'Zadajte e-mailovú adresu, na ktorú vám máme posielať prihlasovacie kódy.',
};
