import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'ဤလက်မှတ်ထိုးဝင်ခြင်း အဆင့်ကို မပံ့ပိုးပါ',
  'hint.unknownStep':
    'ဤစာမျက်နှာက မပြနိုင်သော အဆင့်တစ်ခု ({step}) ကို လက်မှတ်ထိုးဝင်ခြင်းက တောင်းဆိုထားသည်။ နောက်သို့ပြန်သွားပြီး ထပ်စမ်းကြည့်ပါ သို့မဟုတ် အကူအညီဌာနကို ဆက်သွယ်ပါ။',
};
