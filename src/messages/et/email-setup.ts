import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Jätka',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Seadistage kinnitamine e-posti teel',
  'hint.emailSetup': 'Sisestage e-posti aadress, kuhu sisselogimiskoode saata.',
};
