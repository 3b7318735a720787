import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'እንዴት መግባት ይፈልጋሉ?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'እርስዎ መሆንዎን እንዴት እንደሚያረጋግጡ ይምረጡ',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'ባለ2-ደረጃ ማረጋገጫን ያዋቅሩ',
  'choice.SMS': 'የጽሑፍ መልዕክት (ኤስኤምኤስ)',
  'choice.TOTP': 'የማረጋገጫ መተግበሪያ',
  'choice.EMAIL': 'ኢሜይል',
  'choice.PASSWORD': 'የይለፍ ቃል',
  'choice.PASSWORD_SRP': 'የይለፍ ቃል',
  'choice.EMAIL_OTP': 'ኮድ በኢሜይል ላኩልኝ',
  'choice.SMS_OTP': 'ኮድ በኤስኤምኤስ ላኩልኝ',
  'choice.WEB_AUTHN': 'የይለፍ ቁልፍ',
};
