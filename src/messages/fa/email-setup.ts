import type { Catalog } from '../en.js';

/** `fa`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'ادامه',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'راه‌اندازی تأیید با ایمیل',
  'hint.emailSetup': 'نشانی ایمیلی را که کدهای ورود باید به آن ارسال شود وارد کنید.',
};
