import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'စကားဝှက်အသစ်',
  'field.confirmPassword': 'စကားဝှက်အသစ်ကို အတည်ပြုပါ',
  'password.rules': 'သင့်စကားဝှက်တွင် ပါရမည့်အရာများ-',
  'password.rule.minLength.other': 'အနည်းဆုံး အက္ခရာ {count} လုံး',
  'password.rule.lowercase': 'စာလုံးအသေး တစ်လုံး (a–z)',
  'password.rule.uppercase': 'စာလုံးအကြီး တစ်လုံး (A–Z)',
  'password.rule.number': 'ဂဏန်း တစ်လုံး (0–9)',
  'password.rule.symbol': '! သို့မဟုတ် ? ကဲ့သို့ သင်္ကေတ တစ်ခု',
  'password.ruleMet': '{rule} (ပြည့်မီပြီ)',
  'password.ruleUnmet': '{rule} (မပြည့်မီသေး)',
  'action.showNewPassword': 'စကားဝှက်အသစ်ကို ပြရန်',
  'action.showConfirmation': 'အတည်ပြုစကားဝှက်ကို ပြရန်',
};
