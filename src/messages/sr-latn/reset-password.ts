import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Pošalji kôd',
  'step.RESET_PASSWORD.title': 'Resetujte lozinku',
  'step.CONFIRM_RESET_PASSWORD.title': 'Izaberite novu lozinku',
  'hint.resetPassword': 'Poslaćemo kôd za resetovanje lozinke ovog naloga.',
  'hint.confirmResetPassword': 'Unesite kôd koji smo poslali na {destination} i izaberite novu lozinku.',
  'hint.confirmResetPasswordNoDestination': 'Unesite kôd koji smo vam poslali i izaberite novu lozinku.',
};
