import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Lähetä koodi',
  'step.RESET_PASSWORD.title': 'Nollaa salasana',
  'step.CONFIRM_RESET_PASSWORD.title': 'Valitse uusi salasana',
  'hint.resetPassword': 'Lähetämme koodin, jolla voit nollata tämän tilin salasanan.',
  'hint.confirmResetPassword': 'Anna koodi, jonka lähetimme ({destination}), ja valitse uusi salasana.',
  'hint.confirmResetPasswordNoDestination': 'Anna saamasi koodi ja valitse uusi salasana.',
};
