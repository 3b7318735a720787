import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Siųsti kodą',
  'step.RESET_PASSWORD.title': 'Slaptažodžio nustatymas iš naujo',
  'step.CONFIRM_RESET_PASSWORD.title': 'Sukurkite naują slaptažodį',
  'hint.resetPassword': 'Atsiųsime kodą, kuriuo galėsite iš naujo nustatyti šios paskyros slaptažodį.',
  'hint.confirmResetPassword': 'Įveskite kodą, kurį išsiuntėme ({destination}), ir sukurkite naują slaptažodį.',
  'hint.confirmResetPasswordNoDestination': 'Įveskite jums išsiųstą kodą ir sukurkite naują slaptažodį.',
};
