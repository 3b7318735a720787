import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Pilih kata laluan baharu',
  'hint.newPassword': 'Kata laluan sementara anda perlu ditukar sebelum anda meneruskan.',
  'hint.missingAttributes': 'Kami juga memerlukan beberapa butiran lagi.',
};
