import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'તમારું એકાઉન્ટ બનાવો',
  'hint.phoneNumber': '+ અને તમારા દેશના કોડથી શરૂ કરો, જેમ કે +919876543210.',
  'hint.signUpNoPassword': 'પાસવર્ડની જરૂર નથી: અમે મોકલેલા કોડ વડે તમે સાઇન ઇન કરશો.',
  'action.haveAccount': 'પહેલેથી એકાઉન્ટ છે? સાઇન ઇન કરો',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'તમારો ઇમેઇલ તપાસો',
  'hint.signUpLink': 'અમે {destination} પર એક લિંક મોકલી છે. તમારું એકાઉન્ટ કન્ફર્મ કરવા માટે તેને ખોલો, આ પેજ આપમેળે આગળ વધશે.',
  'hint.signUpLinkNoDestination': 'અમે તમને એક લિંક મોકલી છે. તમારું એકાઉન્ટ કન્ફર્મ કરવા માટે તેને ખોલો, આ પેજ આપમેળે આગળ વધશે.',
  'action.resendLink': 'નવી લિંક મોકલો',
};
