import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Mémoriser cet appareil',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Saisissez le code reçu par SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Saisissez le code reçu par e-mail',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Saisissez le code de votre application d’authentification',
  'step.CONFIRM_SIGN_UP.title': 'Confirmer votre compte',
  'hint.codeSent': 'Nous avons envoyé un code à {destination}.',
  'hint.codeSentBy.SMS': 'Nous avons envoyé un code par SMS à {destination}.',
  'hint.codeSentBy.EMAIL': 'Nous avons envoyé un code par e-mail à {destination}.',
  'hint.totpCode': 'Ouvrez votre application d’authentification et saisissez le code à 6 chiffres de ce compte.',
  'hint.confirmSignUp': 'Saisissez le code envoyé à {destination} pour confirmer votre compte.',
  'hint.confirmSignUpNoDestination': 'Saisissez le code que nous vous avons envoyé pour confirmer votre compte.',
};
