import type { Catalog } from '../en.js';

/** `hr`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Zapamti ovaj uređaj',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Unesite kôd koji smo vam poslali SMS-om',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Unesite kôd koji smo vam poslali e-poštom',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Unesite kôd iz aplikacije za autentifikaciju',
  'step.CONFIRM_SIGN_UP.title': 'Potvrdite račun',
  'hint.codeSent': 'Poslali smo kôd na {destination}.',
  'hint.codeSentBy.SMS': 'Poslali smo kôd SMS-om na {destination}.',
  'hint.codeSentBy.EMAIL': 'Poslali smo kôd e-poštom na {destination}.',
  'hint.totpCode': 'Otvorite aplikaciju za autentifikaciju i unesite šesteroznamenkasti kôd za ovaj račun.',
  'hint.confirmSignUp': 'Da biste potvrdili račun, unesite kôd koji smo poslali na {destination}.',
  'hint.confirmSignUpNoDestination': 'Da biste potvrdili račun, unesite kôd koji smo vam poslali.',
};
