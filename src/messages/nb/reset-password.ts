import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Send kode',
  'step.RESET_PASSWORD.title': 'Tilbakestill passordet',
  'step.CONFIRM_RESET_PASSWORD.title': 'Velg et nytt passord',
  'hint.resetPassword': 'Vi sender en kode slik at du kan tilbakestille passordet til denne kontoen.',
  'hint.confirmResetPassword': 'Skriv inn koden vi sendte til {destination}, og velg et nytt passord.',
  'hint.confirmResetPasswordNoDestination': 'Skriv inn koden vi sendte deg, og velg et nytt passord.',
};
