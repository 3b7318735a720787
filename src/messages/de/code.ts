import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Dieses Gerät merken',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Code aus der SMS eingeben',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Code aus der E-Mail eingeben',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Code aus der Authenticator-App eingeben',
  'step.CONFIRM_SIGN_UP.title': 'Konto bestätigen',
  'hint.codeSent': 'Wir haben einen Code an {destination} gesendet.',
  'hint.codeSentBy.SMS': 'Wir haben einen Code per SMS an {destination} gesendet.',
  'hint.codeSentBy.EMAIL': 'Wir haben einen Code per E-Mail an {destination} gesendet.',
  'hint.totpCode': 'Öffnen Sie Ihre Authenticator-App und geben Sie den 6-stelligen Code für dieses Konto ein.',
  'hint.confirmSignUp': 'Geben Sie den Code ein, den wir an {destination} gesendet haben, um Ihr Konto zu bestätigen.',
  'hint.confirmSignUpNoDestination':
    'Geben Sie den Code ein, den wir Ihnen gesendet haben, um Ihr Konto zu bestätigen.',
};
