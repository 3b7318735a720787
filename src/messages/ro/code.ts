import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Rețineți acest dispozitiv',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Introduceți codul primit prin SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Introduceți codul primit prin e-mail',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Introduceți codul din aplicația de autentificare',
  'step.CONFIRM_SIGN_UP.title': 'Confirmați contul',
  'hint.codeSent': 'Am trimis un cod la {destination}.',
  'hint.codeSentBy.SMS': 'Am trimis un cod prin SMS la {destination}.',
  'hint.codeSentBy.EMAIL': 'Am trimis un cod prin e-mail la {destination}.',
  'hint.totpCode': 'Deschideți aplicația de autentificare și introduceți codul de 6 cifre pentru acest cont.',
  'hint.confirmSignUp': 'Introduceți codul trimis la {destination} pentru a vă confirma contul.',
  'hint.confirmSignUpNoDestination': 'Introduceți codul pe care vi l-am trimis pentru a vă confirma contul.',
};
