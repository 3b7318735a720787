import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'သင့်အကောင့်ကို ဖွင့်ပါ',
  'hint.phoneNumber': '+ နှင့် နိုင်ငံကုဒ်ဖြင့် စပါ၊ ဥပမာ +959123456789။',
  'hint.signUpNoPassword': 'စကားဝှက် မလိုပါ- ကျွန်ုပ်တို့ ပို့ပေးမည့် ကုဒ်ဖြင့် လက်မှတ်ထိုးဝင်ပါမည်။',
  'action.haveAccount': 'အကောင့် ရှိပြီးသားလား။ လက်မှတ်ထိုးဝင်ရန်',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'သင့်အီးမေးလ်ကို စစ်ဆေးပါ',
  'hint.signUpLink': '{destination} သို့ လင့်ခ်တစ်ခု ပို့ထားပါသည်။ သင့်အကောင့်ကို အတည်ပြုရန် ၎င်းကို ဖွင့်ပါ၊ ဤစာမျက်နှာသည် အလိုအလျောက် ဆက်သွားပါမည်။',
  'hint.signUpLinkNoDestination': 'သင့်ထံ လင့်ခ်တစ်ခု ပို့ထားပါသည်။ သင့်အကောင့်ကို အတည်ပြုရန် ၎င်းကို ဖွင့်ပါ၊ ဤစာမျက်နှာသည် အလိုအလျောက် ဆက်သွားပါမည်။',
  'action.resendLink': 'လင့်ခ်အသစ် ပို့ရန်',
};
