import type { Catalog } from '../en.js';

/** `hr`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Pošalji kôd',
  'step.RESET_PASSWORD.title': 'Ponovno postavite zaporku',
  'step.CONFIRM_RESET_PASSWORD.title': 'Odaberite novu zaporku',
  'hint.resetPassword': 'Poslat ćemo kôd za ponovno postavljanje zaporke ovog računa.',
  'hint.confirmResetPassword': 'Unesite kôd koji smo poslali na {destination} i odaberite novu zaporku.',
  'hint.confirmResetPasswordNoDestination': 'Unesite kôd koji smo vam poslali i odaberite novu zaporku.',
};
