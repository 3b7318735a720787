import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'စကားဝှက်အသစ် ရွေးပါ',
  'hint.newPassword': 'ရှေ့မဆက်မီ ယာယီစကားဝှက်ကို ပြောင်းရန် လိုအပ်ပါသည်။',
  'hint.missingAttributes': 'အချက်အလက် အနည်းငယ်လည်း လိုအပ်ပါသေးသည်။',
};
