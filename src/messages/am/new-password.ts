import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'አዲስ የይለፍ ቃል ይምረጡ',
  'hint.newPassword': 'ከመቀጠልዎ በፊት ጊዜያዊ የይለፍ ቃልዎን መቀየር አለብዎት።',
  'hint.missingAttributes': 'ጥቂት ተጨማሪ ዝርዝሮችም ያስፈልጉናል።',
};
