import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'የይለፍ ቃልዎን ረሱት?',
  'social.or': 'ወይም',
  'step.SIGN_IN.title': 'ይግቡ',
  'social.continueWith': 'በ{provider} ይቀጥሉ',
};
