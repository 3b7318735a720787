import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Jäta see seade meelde',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Sisestage SMS-iga saadetud kood',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Sisestage e-postiga saadetud kood',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Sisestage kood autentimisrakendusest',
  'step.CONFIRM_SIGN_UP.title': 'Kinnitage konto',
  'hint.codeSent': 'Saatsime koodi: {destination}.',
  'hint.codeSentBy.SMS': 'Saatsime koodi SMS-iga numbrile {destination}.',
  'hint.codeSentBy.EMAIL': 'Saatsime koodi e-postiga aadressile {destination}.',
  'hint.totpCode': 'Avage autentimisrakendus ja sisestage selle konto kuuekohaline kood.',
  'hint.confirmSignUp': 'Konto kinnitamiseks sisestage kood, mille saatsime ({destination}).',
  'hint.confirmSignUpNoDestination': 'Konto kinnitamiseks sisestage kood, mille teile saatsime.',
};
