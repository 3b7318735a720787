import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'વપરાશકર્તાનું નામ',
  'field.password': 'પાસવર્ડ',
  'field.code': 'કોડ',
  'action.signIn': 'સાઇન ઇન કરો',
  'action.confirm': 'કન્ફર્મ કરો',
  'action.resendCode': 'નવો કોડ મોકલો',
  'action.backToSignIn': 'સાઇન ઇન પર પાછા જાઓ',
  'action.changePassword': 'પાસવર્ડ બદલો',
  'action.working': 'કૃપા કરીને રાહ જુઓ…',
  'action.showPassword': 'પાસવર્ડ બતાવો',
  'action.resendCodeIn.one': '{count} સેકન્ડમાં નવો કોડ મોકલો',
  'action.resendCodeIn.other': '{count} સેકન્ડમાં નવો કોડ મોકલો',
  'hint.codeResentNoDestination': 'નવો કોડ મોકલવામાં આવી રહ્યો છે.',
  'hint.resetRequired': 'સાઇન ઇન કરતા પહેલાં તમારે તમારો પાસવર્ડ રીસેટ કરવો પડશે.',
  'error.prefix': 'ભૂલ:',
  'error.network': 'અમે સાઇન-ઇન સેવા સુધી પહોંચી શક્યા નહીં. તમારું કનેક્શન તપાસીને ફરી પ્રયાસ કરો.',
  'field.email': 'ઇમેઇલ',
  'field.phone': 'ફોન નંબર',
  'field.emailOrPhone': 'ઇમેઇલ અથવા ફોન નંબર',
  'action.createAccount': 'એકાઉન્ટ બનાવો',
  'hint.codeLength.one': 'કોડમાં {count} અંક છે.',
  'hint.codeLength.other': 'કોડમાં {count} અંક છે.',
};
