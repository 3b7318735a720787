import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'စနစ်ထည့်သွင်းရေးကီးကို မိတ္တူကူးရန်',
  'action.openAuthenticator': 'အထောက်အထားစိစစ်ရေးအက်ပ်တွင် ဖွင့်ရန်',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'အထောက်အထားစိစစ်ရေးအက်ပ်ကို စနစ်ထည့်သွင်းပါ',
  'hint.totpSecret': 'စနစ်ထည့်သွင်းရေးကီး',
  'hint.totpQrAlt': 'ဤအကောင့်ကို အထောက်အထားစိစစ်ရေးအက်ပ်တွင် ထည့်ရန် QR ကုဒ်',
  'hint.totpCopied': 'မိတ္တူကူးပြီးပါပြီ',
  'error.qrCode': 'QR ကုဒ်ကို ပြ၍ မရပါ။ ၎င်းအစား စနစ်ထည့်သွင်းရေးကီးကို အထောက်အထားစိစစ်ရေးအက်ပ်တွင် ထည့်ပါ။',
  'hint.totpStepApp': 'သင့်ဖုန်းတွင် အထောက်အထားစိစစ်ရေးအက်ပ်ကို ဖွင့်ပါ သို့မဟုတ် ထည့်သွင်းပါ။',
  'hint.totpStepScan': 'အက်ပ်ဖြင့် QR ကုဒ်ကို စကင်ဖတ်ပါ သို့မဟုတ် စနစ်ထည့်သွင်းရေးကီးကို မိတ္တူကူး၍ ထည့်ပါ။',
  'hint.totpStepCode': 'အက်ပ်တွင် ပြသော ဂဏန်း ၆ လုံးပါ ကုဒ်ကို ထည့်ပါ။',
};
