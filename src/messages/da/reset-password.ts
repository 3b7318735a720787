import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Send kode',
  'step.RESET_PASSWORD.title': 'Nulstil din adgangskode',
  'step.CONFIRM_RESET_PASSWORD.title': 'Vælg en ny adgangskode',
  'hint.resetPassword': 'Vi sender en kode, så du kan nulstille adgangskoden til denne konto.',
  'hint.confirmResetPassword': 'Indtast koden, vi har sendt til {destination}, og vælg en ny adgangskode.',
  'hint.confirmResetPasswordNoDestination': 'Indtast koden, vi har sendt dig, og vælg en ny adgangskode.',
};
