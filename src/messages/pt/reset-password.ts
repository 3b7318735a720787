import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Enviar código',
  'step.RESET_PASSWORD.title': 'Repor a palavra-passe',
  'step.CONFIRM_RESET_PASSWORD.title': 'Escolha uma nova palavra-passe',
  'hint.resetPassword': 'Vamos enviar um código para repor a palavra-passe desta conta.',
  'hint.confirmResetPassword': 'Introduza o código que enviámos para {destination} e escolha uma nova palavra-passe.',
  'hint.confirmResetPasswordNoDestination': 'Introduza o código que lhe enviámos e escolha uma nova palavra-passe.',
};
