import type { Catalog } from '../en.js';

/** `sl`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Pošlji kodo',
  'step.RESET_PASSWORD.title': 'Ponastavite geslo',
  'step.CONFIRM_RESET_PASSWORD.title': 'Izberite novo geslo',
  'hint.resetPassword': 'Poslali bomo kodo za ponastavitev gesla tega računa.',
  'hint.confirmResetPassword': 'Vnesite kodo, ki smo jo poslali na {destination}, in izberite novo geslo.',
  'hint.confirmResetPasswordNoDestination': 'Vnesite kodo, ki smo vam jo poslali, in izberite novo geslo.',
};
