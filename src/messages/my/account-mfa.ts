import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'နှစ်ဆင့် အတည်ပြုခြင်း',
  'account.mfa.off': 'နှစ်ဆင့် အတည်ပြုခြင်း ပိတ်ထားသည်- လက်မှတ်ထိုးဝင်ချိန်တွင် စကားဝှက်ကိုသာ မေးပါမည်။',
  'account.mfa.hint': 'လက်မှတ်ထိုးဝင်ချိန်တွင် စကားဝှက်ကို မေးပြီးနောက် ဦးစွာသုံးသည့်နည်းလမ်းမှ ကုဒ်ကို မေးပါမည်။',
  'account.mfa.retry': 'ထပ်စမ်းကြည့်ရန်',
  'account.mfa.on': 'ဖွင့်ထားသည်',
  'account.mfa.preferred': 'ဖွင့်ထားသည်၊ ဦးစွာသုံးသည်',
  'account.mfa.turnOn': 'ဖွင့်ရန်',
  'account.mfa.turnOff': 'ပိတ်ရန်',
  'account.mfa.prefer': 'ဦးစွာသုံးရန်',
  'account.mfa.cancel': 'မလုပ်တော့ပါ',
  'account.mfa.totpOn': 'အထောက်အထားစိစစ်ရေးအက်ပ်ကို ဖွင့်ပြီးပါပြီ။ နောက်တစ်ကြိမ် လက်မှတ်ထိုးဝင်သည့်အခါ ၎င်းပြသည့်ကုဒ်ကို ထည့်ပါ။',
  'account.mfa.saved': 'ပြောင်းလဲမှုကို သိမ်းပြီးပါပြီ။',
  'error.mfaLastRequired': 'ဤအကောင့်တွင် နှစ်ဆင့် အတည်ပြုခြင်း ရှိရမည်။ ဤနည်းလမ်းကို မပိတ်မီ အခြားနည်းလမ်းတစ်ခုကို ဖွင့်ပါ။',
};
