import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Жалғастыру',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Электрондық пошта арқылы растауды реттеңіз',
  'hint.emailSetup': 'Кіру кодтары жіберілетін электрондық пошта мекенжайын енгізіңіз.',
};
