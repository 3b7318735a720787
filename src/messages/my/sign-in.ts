import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'စကားဝှက် မေ့နေပါသလား။',
  'social.or': 'သို့မဟုတ်',
  'step.SIGN_IN.title': 'လက်မှတ်ထိုးဝင်ပါ',
  'social.continueWith': '{provider} ဖြင့် ရှေ့ဆက်ရန်',
};
