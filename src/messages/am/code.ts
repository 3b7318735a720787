import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'ይህን መሣሪያ አስታውስ',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'በኤስኤምኤስ የላክንልዎትን ኮድ ያስገቡ',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'በኢሜይል የላክንልዎትን ኮድ ያስገቡ',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'ከማረጋገጫ መተግበሪያዎ ኮዱን ያስገቡ',
  'step.CONFIRM_SIGN_UP.title': 'መለያዎን ያረጋግጡ',
  'hint.codeSent': 'ወደ {destination} ኮድ ልከናል።',
  'hint.codeSentBy.SMS': 'ወደ {destination} በኤስኤምኤስ ኮድ ልከናል።',
  'hint.codeSentBy.EMAIL': 'ወደ {destination} በኢሜይል ኮድ ልከናል።',
  'hint.totpCode': 'የማረጋገጫ መተግበሪያዎን ይክፈቱና ለዚህ መለያ ያለውን ባለ6-አሃዝ ኮድ ያስገቡ።',
  'hint.confirmSignUp': 'መለያዎን ለማረጋገጥ ወደ {destination} የላክነውን ኮድ ያስገቡ።',
  'hint.confirmSignUpNoDestination': 'መለያዎን ለማረጋገጥ የላክንልዎትን ኮድ ያስገቡ።',
};
