import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Lembrar deste dispositivo',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Digite o código que enviamos por SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Digite o código que enviamos por e-mail',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Digite o código do seu app autenticador',
  'step.CONFIRM_SIGN_UP.title': 'Confirme sua conta',
  'hint.codeSent': 'Enviamos um código para {destination}.',
  'hint.codeSentBy.SMS': 'Enviamos um código por SMS para {destination}.',
  'hint.codeSentBy.EMAIL': 'Enviamos um código por e-mail para {destination}.',
  'hint.totpCode': 'Abra seu app autenticador e digite o código de 6 dígitos desta conta.',
  'hint.confirmSignUp': 'Para confirmar sua conta, digite o código que enviamos para {destination}.',
  'hint.confirmSignUpNoDestination': 'Para confirmar sua conta, digite o código que enviamos para você.',
};
