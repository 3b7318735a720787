import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'આ ડિવાઇસ યાદ રાખો',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'અમે SMS દ્વારા મોકલેલો કોડ દાખલ કરો',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'અમે ઇમેઇલ દ્વારા મોકલેલો કોડ દાખલ કરો',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'તમારી પ્રમાણકર્તા ઍપમાંનો કોડ દાખલ કરો',
  'step.CONFIRM_SIGN_UP.title': 'તમારું એકાઉન્ટ કન્ફર્મ કરો',
  'hint.codeSent': 'અમે {destination} પર એક કોડ મોકલ્યો છે.',
  'hint.codeSentBy.SMS': 'અમે {destination} પર SMS દ્વારા એક કોડ મોકલ્યો છે.',
  'hint.codeSentBy.EMAIL': 'અમે {destination} પર ઇમેઇલ દ્વારા એક કોડ મોકલ્યો છે.',
  'hint.totpCode': 'તમારી પ્રમાણકર્તા ઍપ ખોલો અને આ એકાઉન્ટ માટેનો 6-અંકનો કોડ દાખલ કરો.',
  'hint.confirmSignUp': 'તમારું એકાઉન્ટ કન્ફર્મ કરવા માટે અમે {destination} પર મોકલેલો કોડ દાખલ કરો.',
  'hint.confirmSignUpNoDestination': 'તમારું એકાઉન્ટ કન્ફર્મ કરવા માટે અમે તમને મોકલેલો કોડ દાખલ કરો.',
};
