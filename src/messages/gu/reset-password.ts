import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'કોડ મોકલો',
  'step.RESET_PASSWORD.title': 'તમારો પાસવર્ડ રીસેટ કરો',
  'step.CONFIRM_RESET_PASSWORD.title': 'નવો પાસવર્ડ પસંદ કરો',
  'hint.resetPassword': 'આ એકાઉન્ટનો પાસવર્ડ રીસેટ કરવા માટે અમે એક કોડ મોકલીશું.',
  'hint.confirmResetPassword': 'અમે {destination} પર મોકલેલો કોડ દાખલ કરો અને નવો પાસવર્ડ પસંદ કરો.',
  'hint.confirmResetPasswordNoDestination': 'અમે તમને મોકલેલો કોડ દાખલ કરો અને નવો પાસવર્ડ પસંદ કરો.',
};
