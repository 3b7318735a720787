import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Saada kood',
  'step.RESET_PASSWORD.title': 'Lähtestage parool',
  'step.CONFIRM_RESET_PASSWORD.title': 'Valige uus parool',
  'hint.resetPassword': 'Saadame koodi, millega saate selle konto parooli lähtestada.',
  'hint.confirmResetPassword': 'Sisestage kood, mille saatsime ({destination}), ja valige uus parool.',
  'hint.confirmResetPasswordNoDestination': 'Sisestage kood, mille teile saatsime, ja valige uus parool.',
};
