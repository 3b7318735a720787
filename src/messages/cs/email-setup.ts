import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Pokračovat',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Nastavení ověření e-mailem',
  'hint.emailSetup': 'Zadejte e-mailovou adresu, na kterou vám máme posílat přihlašovací kódy.',
};
