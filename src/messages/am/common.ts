import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'የተጠቃሚ ስም',
  'field.password': 'የይለፍ ቃል',
  'field.code': 'ኮድ',
  'action.signIn': 'ግባ',
  'action.confirm': 'አረጋግጥ',
  'action.resendCode': 'አዲስ ኮድ ላክ',
  'action.backToSignIn': 'ወደ መግቢያ ተመለስ',
  'action.changePassword': 'የይለፍ ቃል ቀይር',
  'action.working': 'እባክዎ ይጠብቁ…',
  'action.showPassword': 'የይለፍ ቃሉን አሳይ',
  'action.resendCodeIn.one': 'በ{count} ሰከንድ ውስጥ አዲስ ኮድ መጠየቅ ይችላሉ',
  'action.resendCodeIn.other': 'በ{count} ሰከንድ ውስጥ አዲስ ኮድ መጠየቅ ይችላሉ',
  'hint.codeResentNoDestination': 'አዲስ ኮድ በመንገድ ላይ ነው።',
  'hint.resetRequired': 'ከመግባትዎ በፊት የይለፍ ቃልዎን ዳግም ማስጀመር አለብዎት።',
  'error.prefix': 'ስህተት፦',
  'error.network': 'ወደ መግቢያ አገልግሎቱ መድረስ አልቻልንም። ግንኙነትዎን ያረጋግጡና እንደገና ይሞክሩ።',
  'field.email': 'ኢሜይል',
  'field.phone': 'ስልክ ቁጥር',
  'field.emailOrPhone': 'ኢሜይል ወይም ስልክ ቁጥር',
  'action.createAccount': 'መለያ ፍጠር',
  'hint.codeLength.one': 'ኮዱ {count} አሃዝ አለው።',
  'hint.codeLength.other': 'ኮዱ {count} አሃዞች አሉት።',
};
