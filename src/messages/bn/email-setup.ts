import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'চালিয়ে যান',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'ইমেলের মাধ্যমে যাচাইকরণ সেট-আপ করুন',
  'hint.emailSetup': 'যে ইমেল ঠিকানায় আপনার সাইন-ইন কোড পাঠাব, সেটি লিখুন।',
};
