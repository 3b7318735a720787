import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Zapamätať si toto zariadenie',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Zadajte kód z SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Zadajte kód z e-mailu',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Zadajte kód z overovacej aplikácie',
  'step.CONFIRM_SIGN_UP.title': 'Potvrdenie účtu',
  'hint.codeSent': 'Poslali sme kód na {destination}.',
  'hint.codeSentBy.SMS': 'Poslali sme kód v SMS na číslo {destination}.',
  'hint.codeSentBy.EMAIL': 'Poslali sme kód e-mailom na adresu {destination}.',
  'hint.totpCode': 'Otvorte overovaciu aplikáciu a zadajte šesťmiestny kód pre tento účet.',
  'hint.confirmSignUp': 'Zadajte kód, ktorý sme poslali na {destination}, a potvrďte tak svoj účet.',
  'hint.confirmSignUpNoDestination': 'Zadajte kód, ktorý sme vám poslali, a potvrďte tak svoj účet.',
};
