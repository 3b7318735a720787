import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/done.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.signOut': 'ထွက်ရန်',
  'step.DONE.title': 'လက်မှတ်ထိုးဝင်ပြီးပါပြီ',
  'hint.signedInAs': '{username} အဖြစ် လက်မှတ်ထိုးဝင်ထားသည်',
};
