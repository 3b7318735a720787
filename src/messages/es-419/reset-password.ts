import type { Catalog } from '../en.js';

/** `es-419`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Enviar código',
  'step.RESET_PASSWORD.title': 'Restablece tu contraseña',
  'step.CONFIRM_RESET_PASSWORD.title': 'Elige una contraseña nueva',
  'hint.resetPassword': 'Te enviaremos un código para restablecer la contraseña de esta cuenta.',
  'hint.confirmResetPassword': 'Ingresa el código que enviamos a {destination} y elige una contraseña nueva.',
  'hint.confirmResetPasswordNoDestination': 'Ingresa el código que te enviamos y elige una contraseña nueva.',
};
