import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Tęsti',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Nustatykite patvirtinimą el. paštu',
  'hint.emailSetup': 'Įveskite el. pašto adresą, kuriuo turėtume siųsti prisijungimo kodus.',
};
