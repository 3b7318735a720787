import type { Catalog } from '../en.js';

/** `es`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Enviar código',
  'step.RESET_PASSWORD.title': 'Restablece tu contraseña',
  'step.CONFIRM_RESET_PASSWORD.title': 'Elige una contraseña nueva',
  'hint.resetPassword': 'Te enviaremos un código para restablecer la contraseña de esta cuenta.',
  'hint.confirmResetPassword': 'Introduce el código que hemos enviado a {destination} y elige una contraseña nueva.',
  'hint.confirmResetPasswordNoDestination': 'Introduce el código que te hemos enviado y elige una contraseña nueva.',
};
