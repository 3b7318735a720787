import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Hantar kod',
  'step.RESET_PASSWORD.title': 'Tetapkan semula kata laluan anda',
  'step.CONFIRM_RESET_PASSWORD.title': 'Pilih kata laluan baharu',
  'hint.resetPassword': 'Kami akan menghantar kod untuk menetapkan semula kata laluan akaun ini.',
  'hint.confirmResetPassword': 'Masukkan kod yang kami hantar ke {destination} dan pilih kata laluan baharu.',
  'hint.confirmResetPasswordNoDestination': 'Masukkan kod yang kami hantar kepada anda dan pilih kata laluan baharu.',
};
