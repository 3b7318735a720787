import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'መለያዎን ይፍጠሩ',
  'hint.phoneNumber': 'በ+ እና በአገር ኮድ ይጀምሩ፣ ለምሳሌ +251911234567።',
  'hint.signUpNoPassword': 'የይለፍ ቃል አያስፈልግም፦ በምንልክልዎት ኮድ ይገባሉ።',
  'action.haveAccount': 'መለያ አለዎት? ይግቡ',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'ኢሜይልዎን ይመልከቱ',
  'hint.signUpLink': 'ወደ {destination} አገናኝ ልከናል። መለያዎን ለማረጋገጥ ይክፈቱት፣ ይህ ገጽ በራሱ ይቀጥላል።',
  'hint.signUpLinkNoDestination': 'አገናኝ ልከንልዎታል። መለያዎን ለማረጋገጥ ይክፈቱት፣ ይህ ገጽ በራሱ ይቀጥላል።',
  'action.resendLink': 'አዲስ አገናኝ ላክ',
};
