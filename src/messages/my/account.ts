import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'လက်မှတ်ထိုးဝင်ထားခြင်း မရှိပါ။ အကောင့်ကို စီမံရန် လက်မှတ်ထိုးဝင်ပါ။',
  'account.password.title': 'စကားဝှက် ပြောင်းရန်',
  'account.field.currentPassword': 'လက်ရှိ စကားဝှက်',
  'account.password.submit': 'စကားဝှက် ပြောင်းရန်',
  'account.password.changed': 'သင်၏ စကားဝှက်ကို ပြောင်းပြီးပါပြီ။',
  'account.error.currentPassword': '၎င်းသည် သင်၏ လက်ရှိ စကားဝှက် မဟုတ်ပါ။',
  'account.sessions.title': 'နေရာတိုင်းမှ ထွက်ရန်',
  'account.sessions.hint': 'ဤစက်အပါအဝင် လက်မှတ်ထိုးဝင်ထားသော စက်နှင့် ဘရောက်ဇာအားလုံးမှ ထွက်သွားပါမည်။',
  'account.sessions.submit': 'စက်အားလုံးမှ ထွက်ရန်',
  'account.delete.title': 'သင့်အကောင့်ကို ဖျက်ရန်',
  'account.delete.hint': '၎င်းသည် သင့်အကောင့်နှင့် ၎င်းတွင် သိမ်းထားသမျှကို ဖျက်ပါမည်။ ပြန်ပြင်၍ မရပါ။',
  'account.delete.word': 'ဖျက်',
  'account.delete.field': 'အတည်ပြုရန် “{word}” ဟု ရိုက်ထည့်ပါ',
  'account.delete.submit': 'အကောင့်ဖျက်ရန်',
  'account.delete.mismatch': 'အတည်ပြုရန် “{word}” ဟု ရိုက်ထည့်ပါ။',
  'account.delete.done': 'သင့်အကောင့်ကို ဖျက်လိုက်ပါပြီ။',
};
