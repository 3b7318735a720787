import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'အဖြေ',
  'action.submit': 'တင်သွင်းရန်',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'စိစစ်မှုကို ဖြေဆိုပါ',
  'hint.customChallenge': 'ရှေ့ဆက်ရန် မေးခွန်းကို ဖြေဆိုပါ။',
};
