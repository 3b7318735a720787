import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Fortsätt',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Konfigurera verifiering via e-post',
  'hint.emailSetup': 'Ange den e-postadress som vi ska skicka dina inloggningskoder till.',
};
