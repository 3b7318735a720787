import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'Memorizar este dispositivo',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'Introduza o código que recebeu por SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'Introduza o código que recebeu por email',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'Introduza o código da sua aplicação de autenticação',
  'step.CONFIRM_SIGN_UP.title': 'Confirmar a conta',
  'hint.codeSent': 'Enviámos um código para {destination}.',
  'hint.codeSentBy.SMS': 'Enviámos um código por SMS para {destination}.',
  'hint.codeSentBy.EMAIL': 'Enviámos um código por email para {destination}.',
  'hint.totpCode': 'Abra a sua aplicação de autenticação e introduza o código de 6 dígitos desta conta.',
  'hint.confirmSignUp': 'Introduza o código que enviámos para {destination} para confirmar a sua conta.',
  'hint.confirmSignUpNoDestination': 'Introduza o código que lhe enviámos para confirmar a sua conta.',
};
