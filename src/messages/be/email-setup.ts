import type { Catalog } from '../en.js';

/** `be`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Працягнуць',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Наладжванне праверкі па электроннай пошце',
  'hint.emailSetup': 'Увядзіце адрас электроннай пошты, на які мы будзем адпраўляць коды для ўваходу.',
};
