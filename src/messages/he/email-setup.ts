import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'המשך',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'הגדרת אימות באימייל',
  'hint.emailSetup': 'יש להזין את כתובת האימייל שאליה נשלח את קודי הכניסה.',
};
