import type { Catalog } from '../en.js';

/** `es-419`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Recordar este dispositivo',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Ingresa el código que te enviamos por SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Ingresa el código que te enviamos por correo electrónico',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Ingresa el código de tu aplicación de autenticación',
  'step.CONFIRM_SIGN_UP.title': 'Confirma tu cuenta',
  'hint.codeSent': 'Te enviamos un código a {destination}.',
  'hint.codeSentBy.SMS': 'Te enviamos un código por SMS a {destination}.',
  'hint.codeSentBy.EMAIL': 'Te enviamos un código por correo electrónico a {destination}.',
  'hint.totpCode': 'Abre tu aplicación de autenticación y ingresa el código de 6 dígitos de esta cuenta.',
  'hint.confirmSignUp': 'Ingresa el código que enviamos a {destination} para confirmar tu cuenta.',
  'hint.confirmSignUpNoDestination': 'Ingresa el código que te enviamos para confirmar tu cuenta.',
};
