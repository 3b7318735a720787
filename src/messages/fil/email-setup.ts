import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Magpatuloy',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'I-set up ang pag-verify sa email',
  'hint.emailSetup': 'Ilagay ang email address kung saan namin ipapadala ang iyong mga code sa pag-sign in.',
};
