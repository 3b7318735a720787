import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'ရှေ့ဆက်ရန်',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'အီးမေးလ်ဖြင့် အတည်ပြုခြင်းကို စနစ်ထည့်သွင်းပါ',
  'hint.emailSetup': 'လက်မှတ်ထိုးဝင်ရေးကုဒ်များ ပို့ပေးရမည့် အီးမေးလ်လိပ်စာကို ထည့်ပါ။',
};
