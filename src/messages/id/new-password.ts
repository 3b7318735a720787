import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Buat kata sandi baru',
  'hint.newPassword': 'Anda harus mengganti kata sandi sementara sebelum melanjutkan.',
  'hint.missingAttributes': 'Kami memerlukan beberapa informasi lagi.',
};
