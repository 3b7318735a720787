import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Enviar código',
  'step.RESET_PASSWORD.title': 'Redefina sua senha',
  'step.CONFIRM_RESET_PASSWORD.title': 'Crie uma nova senha',
  'hint.resetPassword': 'Vamos enviar um código para redefinir a senha desta conta.',
  'hint.confirmResetPassword': 'Digite o código que enviamos para {destination} e crie uma nova senha.',
  'hint.confirmResetPasswordNoDestination': 'Digite o código que enviamos para você e crie uma nova senha.',
};
