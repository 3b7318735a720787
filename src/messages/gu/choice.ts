import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'તમે કેવી રીતે સાઇન ઇન કરવા માગો છો?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'આ તમે જ છો તેની ચકાસણી કેવી રીતે કરવી તે પસંદ કરો',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': '2-પગલાંની ચકાસણી સેટ કરો',
  'choice.SMS': 'ટેક્સ્ટ મેસેજ (SMS)',
  'choice.TOTP': 'પ્રમાણકર્તા ઍપ',
  'choice.EMAIL': 'ઇમેઇલ',
  'choice.PASSWORD': 'પાસવર્ડ',
  'choice.PASSWORD_SRP': 'પાસવર્ડ',
  'choice.EMAIL_OTP': 'મને ઇમેઇલ પર કોડ મોકલો',
  'choice.SMS_OTP': 'મને SMS પર કોડ મોકલો',
  'choice.WEB_AUTHN': 'પાસકી',
};
