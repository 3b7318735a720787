import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'မည်သို့ လက်မှတ်ထိုးဝင်လိုပါသလဲ။',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'သင်ဖြစ်ကြောင်း အတည်ပြုမည့်နည်းကို ရွေးပါ',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': '၂-ဆင့် အတည်ပြုခြင်းကို စနစ်ထည့်သွင်းပါ',
  'choice.SMS': 'စာတို (SMS)',
  'choice.TOTP': 'အထောက်အထားစိစစ်ရေးအက်ပ်',
  'choice.EMAIL': 'အီးမေးလ်',
  'choice.PASSWORD': 'စကားဝှက်',
  'choice.PASSWORD_SRP': 'စကားဝှက်',
  'choice.EMAIL_OTP': 'ကုဒ်ကို အီးမေးလ်ဖြင့် ပို့ပေးပါ',
  'choice.SMS_OTP': 'ကုဒ်ကို SMS ဖြင့် ပို့ပေးပါ',
  'choice.WEB_AUTHN': 'လျှို့ဝှက်ကီး',
};
