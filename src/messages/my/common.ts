import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'အသုံးပြုသူအမည်',
  'field.password': 'စကားဝှက်',
  'field.code': 'ကုဒ်',
  'action.signIn': 'လက်မှတ်ထိုးဝင်ရန်',
  'action.confirm': 'အတည်ပြုရန်',
  'action.resendCode': 'ကုဒ်အသစ် ပို့ရန်',
  'action.backToSignIn': 'လက်မှတ်ထိုးဝင်ခြင်းသို့ ပြန်သွားရန်',
  'action.changePassword': 'စကားဝှက် ပြောင်းရန်',
  'action.working': 'ခဏစောင့်ပါ…',
  'action.showPassword': 'စကားဝှက်ကို ပြရန်',
  'action.resendCodeIn.other': '{count} စက္ကန့်အကြာတွင် ကုဒ်အသစ် ပို့ရန်',
  'hint.codeResentNoDestination': 'ကုဒ်အသစ် ပို့နေပါသည်။',
  'hint.resetRequired': 'လက်မှတ်ထိုးမဝင်မီ စကားဝှက်ကို ပြင်ဆင်သတ်မှတ်ရန် လိုအပ်ပါသည်။',
  'error.prefix': 'အမှား-',
  'error.network': 'လက်မှတ်ထိုးဝင်ရေး ဝန်ဆောင်မှုသို့ ချိတ်ဆက်၍ မရပါ။ အင်တာနက်ချိတ်ဆက်မှုကို စစ်ဆေးပြီး ထပ်စမ်းကြည့်ပါ။',
  'field.email': 'အီးမေးလ်',
  'field.phone': 'ဖုန်းနံပါတ်',
  'field.emailOrPhone': 'အီးမေးလ် သို့မဟုတ် ဖုန်းနံပါတ်',
  'action.createAccount': 'အကောင့် ဖွင့်ရန်',
  'hint.codeLength.other': 'ကုဒ်တွင် ဂဏန်း {count} လုံး ပါသည်။',
};
