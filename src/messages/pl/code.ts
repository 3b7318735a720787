import type { Catalog } from '../en.js';

/** `pl`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Zapamiętaj to urządzenie',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Wpisz kod z SMS-a',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Wpisz kod z e-maila',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Wpisz kod z aplikacji uwierzytelniającej',
  'step.CONFIRM_SIGN_UP.title': 'Potwierdź konto',
  'hint.codeSent': 'Wysłaliśmy kod na {destination}.',
  'hint.codeSentBy.SMS': 'Wysłaliśmy SMS z kodem na numer {destination}.',
  'hint.codeSentBy.EMAIL': 'Wysłaliśmy e-mail z kodem na adres {destination}.',
  'hint.totpCode': 'Otwórz aplikację uwierzytelniającą i wpisz 6-cyfrowy kod dla tego konta.',
  'hint.confirmSignUp': 'Wpisz kod wysłany na {destination}, aby potwierdzić konto.',
  'hint.confirmSignUpNoDestination': 'Wpisz otrzymany kod, aby potwierdzić konto.',
};
