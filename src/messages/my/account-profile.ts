import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'ပရိုဖိုင်',
  'account.profile.submit': 'သိမ်းရန်',
  'account.profile.saved': 'သင့်ပရိုဖိုင်ကို သိမ်းဆည်းပြီးပါပြီ။',
  'account.profile.pending': 'ကုဒ်ကို မထည့်မချင်း {old} ဖြင့်သာ ဆက်လက်ဝင်ရောက်ပါမည်။',
  'account.profile.confirmed': 'အတည်ပြုပြီးပါပြီ။ ယခု {value} ဖြင့် ဝင်ရောက်ပါမည်။',
  'account.profile.cancel': 'မလုပ်တော့ပါ',
};
