import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Husk denne enhed',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Indtast koden, vi har sendt dig via sms',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Indtast koden, vi har sendt dig via e-mail',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Indtast koden fra din godkendelsesapp',
  'step.CONFIRM_SIGN_UP.title': 'Bekræft din konto',
  'hint.codeSent': 'Vi har sendt en kode til {destination}.',
  'hint.codeSentBy.SMS': 'Vi har sendt en kode via sms til {destination}.',
  'hint.codeSentBy.EMAIL': 'Vi har sendt en kode via e-mail til {destination}.',
  'hint.totpCode': 'Åbn din godkendelsesapp, og indtast den sekscifrede kode til denne konto.',
  'hint.confirmSignUp': 'Indtast koden, vi har sendt til {destination}, for at bekræfte din konto.',
  'hint.confirmSignUpNoDestination': 'Indtast koden, vi har sendt dig, for at bekræfte din konto.',
};
