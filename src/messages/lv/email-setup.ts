import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Turpināt',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Iestatiet verifikāciju e-pastā',
  'hint.emailSetup': 'Ievadiet e-pasta adresi, uz kuru sūtīt pierakstīšanās kodus.',
};
