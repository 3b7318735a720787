import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'ကုဒ် ပို့ရန်',
  'step.RESET_PASSWORD.title': 'စကားဝှက်ကို ပြင်ဆင်သတ်မှတ်ပါ',
  'step.CONFIRM_RESET_PASSWORD.title': 'စကားဝှက်အသစ် ရွေးပါ',
  'hint.resetPassword': 'ဤအကောင့်၏ စကားဝှက်ကို ပြင်ဆင်သတ်မှတ်ရန် ကုဒ်တစ်ခု ပို့ပေးပါမည်။',
  'hint.confirmResetPassword': '{destination} သို့ ပို့ထားသော ကုဒ်ကို ထည့်ပြီး စကားဝှက်အသစ် ရွေးပါ။',
  'hint.confirmResetPasswordNoDestination': 'သင့်ထံ ပို့ထားသော ကုဒ်ကို ထည့်ပြီး စကားဝှက်အသစ် ရွေးပါ။',
};
