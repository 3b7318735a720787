import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Doorgaan',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Verificatie via e-mail instellen',
  'hint.emailSetup': 'Vul het e-mailadres in waar we je inlogcodes naartoe moeten sturen.',
};
