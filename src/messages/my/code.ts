import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'ဤစက်ကို မှတ်ထားရန်',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'SMS ဖြင့် ပို့ထားသော ကုဒ်ကို ထည့်ပါ',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'အီးမေးလ်ဖြင့် ပို့ထားသော ကုဒ်ကို ထည့်ပါ',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'အထောက်အထားစိစစ်ရေးအက်ပ်မှ ကုဒ်ကို ထည့်ပါ',
  'step.CONFIRM_SIGN_UP.title': 'သင့်အကောင့်ကို အတည်ပြုပါ',
  'hint.codeSent': '{destination} သို့ ကုဒ်တစ်ခု ပို့ထားပါသည်။',
  'hint.codeSentBy.SMS': '{destination} သို့ SMS ဖြင့် ကုဒ်တစ်ခု ပို့ထားပါသည်။',
  'hint.codeSentBy.EMAIL': '{destination} သို့ အီးမေးလ်ဖြင့် ကုဒ်တစ်ခု ပို့ထားပါသည်။',
  'hint.totpCode': 'အထောက်အထားစိစစ်ရေးအက်ပ်ကို ဖွင့်ပြီး ဤအကောင့်အတွက် ဂဏန်း ၆ လုံးပါ ကုဒ်ကို ထည့်ပါ။',
  'hint.confirmSignUp': 'သင့်အကောင့်ကို အတည်ပြုရန် {destination} သို့ ပို့ထားသော ကုဒ်ကို ထည့်ပါ။',
  'hint.confirmSignUpNoDestination': 'သင့်အကောင့်ကို အတည်ပြုရန် သင့်ထံ ပို့ထားသော ကုဒ်ကို ထည့်ပါ။',
};
