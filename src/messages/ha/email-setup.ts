import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Ci gaba',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Saita tantancewa ta imel',
  'hint.emailSetup': 'Shigar da adireshin imel da za mu riƙa aika muku lambobin shiga.',
};
