import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'የመገኛ መረጃዎን ያረጋግጡ',
  'hint.verifyContact': 'የይለፍ ቃልዎን ቢረሱ ዳግም ማስጀመር እንዲችሉ፣ እንዴት ልናገኝዎ እንደምንችል ያረጋግጡ።',
  'action.verifyContact.email': 'ኮድ በኢሜይል ላኩልኝ',
  'action.verifyContact.phone_number': 'ኮድ በኤስኤምኤስ ላኩልኝ',
};
