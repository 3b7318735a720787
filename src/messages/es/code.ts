import type { Catalog } from '../en.js';

/** `es`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Recordar este dispositivo',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Introduce el código que te hemos enviado por SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Introduce el código que te hemos enviado por correo electrónico',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Introduce el código de tu aplicación de autenticación',
  'step.CONFIRM_SIGN_UP.title': 'Confirma tu cuenta',
  'hint.codeSent': 'Te hemos enviado un código a {destination}.',
  'hint.codeSentBy.SMS': 'Te hemos enviado un código por SMS a {destination}.',
  'hint.codeSentBy.EMAIL': 'Te hemos enviado un código por correo electrónico a {destination}.',
  'hint.totpCode': 'Abre tu aplicación de autenticación y introduce el código de 6 dígitos de esta cuenta.',
  'hint.confirmSignUp': 'Introduce el código que hemos enviado a {destination} para confirmar tu cuenta.',
  'hint.confirmSignUpNoDestination': 'Introduce el código que te hemos enviado para confirmar tu cuenta.',
};
