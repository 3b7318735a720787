import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Dit apparaat onthouden',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Code uit de sms invullen',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Code uit de e-mail invullen',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Code uit je authenticator-app invullen',
  'step.CONFIRM_SIGN_UP.title': 'Je account bevestigen',
  'hint.codeSent': 'We hebben een code gestuurd naar {destination}.',
  'hint.codeSentBy.SMS': 'We hebben een code per sms gestuurd naar {destination}.',
  'hint.codeSentBy.EMAIL': 'We hebben een code gemaild naar {destination}.',
  'hint.totpCode': 'Open je authenticator-app en vul de 6-cijferige code voor dit account in.',
  'hint.confirmSignUp': 'Vul de code in die we naar {destination} hebben gestuurd om je account te bevestigen.',
  'hint.confirmSignUpNoDestination': 'Vul de code in die we je hebben gestuurd om je account te bevestigen.',
};
