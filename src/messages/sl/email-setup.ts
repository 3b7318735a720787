import type { Catalog } from '../en.js';

/** `sl`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Naprej',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Nastavite preverjanje po e-pošti',
  'hint.emailSetup': 'Vnesite e-poštni naslov, na katerega naj pošiljamo kode za prijavo.',
};
