import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Trimiteți codul',
  'step.RESET_PASSWORD.title': 'Resetați parola',
  'step.CONFIRM_RESET_PASSWORD.title': 'Alegeți o parolă nouă',
  'hint.resetPassword': 'Vă vom trimite un cod pentru resetarea parolei acestui cont.',
  'hint.confirmResetPassword': 'Introduceți codul trimis la {destination} și alegeți o parolă nouă.',
  'hint.confirmResetPasswordNoDestination': 'Introduceți codul pe care vi l-am trimis și alegeți o parolă nouă.',
};
