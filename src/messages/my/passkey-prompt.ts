import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'ယခု မလုပ်ပါ',
  'action.registerPasskey': 'လျှို့ဝှက်ကီး ပြုလုပ်ရန်',
  'step.PASSKEY_PROMPT.title': 'နောက်တစ်ကြိမ် ပိုမြန်မြန် လက်မှတ်ထိုးဝင်ပါ',
  'hint.passkeyPrompt': 'စကားဝှက်အစား လက်ဗွေ၊ မျက်နှာ သို့မဟုတ် ဖန်သားပြင်လော့ခ်ဖြင့် လက်မှတ်ထိုးဝင်နိုင်ရန် လျှို့ဝှက်ကီး ပြုလုပ်ပါ။',
};
