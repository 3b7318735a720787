import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Invia codice',
  'step.RESET_PASSWORD.title': 'Reimposta la password',
  'step.CONFIRM_RESET_PASSWORD.title': 'Scegli una nuova password',
  'hint.resetPassword': 'Ti invieremo un codice per reimpostare la password di questo account.',
  'hint.confirmResetPassword': 'Inserisci il codice che abbiamo inviato a {destination} e scegli una nuova password.',
  'hint.confirmResetPasswordNoDestination': 'Inserisci il codice che ti abbiamo inviato e scegli una nuova password.',
};
