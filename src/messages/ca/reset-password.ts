import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Envia el codi',
  'step.RESET_PASSWORD.title': 'Restableix la contrasenya',
  'step.CONFIRM_RESET_PASSWORD.title': 'Tria una contrasenya nova',
  'hint.resetPassword': 'T’enviarem un codi per restablir la contrasenya d’aquest compte.',
  'hint.confirmResetPassword': 'Introdueix el codi que hem enviat a {destination} i tria una contrasenya nova.',
  'hint.confirmResetPasswordNoDestination': 'Introdueix el codi que t’hem enviat i tria una contrasenya nova.',
};
