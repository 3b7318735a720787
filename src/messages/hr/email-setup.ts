import type { Catalog } from '../en.js';

/** `hr`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Nastavi',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Postavite potvrdu e-poštom',
  'hint.emailSetup': 'Unesite adresu e-pošte na koju ćemo slati kôdove za prijavu.',
};
