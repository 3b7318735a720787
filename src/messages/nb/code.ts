import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Husk denne enheten',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Skriv inn koden vi sendte deg på SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Skriv inn koden vi sendte deg på e-post',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Skriv inn koden fra autentiseringsappen',
  'step.CONFIRM_SIGN_UP.title': 'Bekreft kontoen din',
  'hint.codeSent': 'Vi har sendt en kode til {destination}.',
  'hint.codeSentBy.SMS': 'Vi har sendt en kode på SMS til {destination}.',
  'hint.codeSentBy.EMAIL': 'Vi har sendt en kode på e-post til {destination}.',
  'hint.totpCode': 'Åpne autentiseringsappen, og skriv inn den sekssifrede koden for denne kontoen.',
  'hint.confirmSignUp': 'Skriv inn koden vi sendte til {destination}, for å bekrefte kontoen din.',
  'hint.confirmSignUpNoDestination': 'Skriv inn koden vi sendte deg, for å bekrefte kontoen din.',
};
