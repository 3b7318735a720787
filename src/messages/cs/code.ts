import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Zapamatovat si toto zařízení',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Zadejte kód z SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Zadejte kód z e-mailu',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Zadejte kód z ověřovací aplikace',
  'step.CONFIRM_SIGN_UP.title': 'Potvrzení účtu',
  'hint.codeSent': 'Poslali jsme kód na {destination}.',
  'hint.codeSentBy.SMS': 'Poslali jsme kód v SMS na číslo {destination}.',
  'hint.codeSentBy.EMAIL': 'Poslali jsme kód e-mailem na adresu {destination}.',
  'hint.totpCode': 'Otevřete ověřovací aplikaci a zadejte šestimístný kód pro tento účet.',
  'hint.confirmSignUp': 'Zadejte kód, který jsme poslali na {destination}, a potvrďte tak svůj účet.',
  'hint.confirmSignUpNoDestination': 'Zadejte kód, který jsme vám poslali, a potvrďte tak svůj účet.',
};
