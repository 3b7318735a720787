import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'သင့်ဆက်သွယ်ရေး အချက်အလက်များကို အတည်ပြုပါ',
  'hint.verifyContact': 'စကားဝှက် မေ့သွားပါက ပြင်ဆင်သတ်မှတ်နိုင်ရန် သင့်ကို ဆက်သွယ်နိုင်မည့်နည်းကို အတည်ပြုပါ။',
  'action.verifyContact.email': 'ကုဒ်ကို အီးမေးလ်ဖြင့် ပို့ပေးပါ',
  'action.verifyContact.phone_number': 'ကုဒ်ကို SMS ဖြင့် ပို့ပေးပါ',
};
