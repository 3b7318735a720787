import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Продължаване',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Настройване на потвърждаването по имейл',
  'hint.emailSetup': 'Въведете имейл адреса, на който да ви изпращаме кодовете за вход.',
};
