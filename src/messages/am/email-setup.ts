import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'ቀጥል',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'የኢሜይል ማረጋገጫን ያዋቅሩ',
  'hint.emailSetup': 'የመግቢያ ኮዶችን የምንልክበትን የኢሜይል አድራሻ ያስገቡ።',
};
