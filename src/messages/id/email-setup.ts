import type { Catalog } from '../en.js';

/** `id`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Lanjutkan',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Siapkan verifikasi email',
  'hint.emailSetup': 'Masukkan alamat email yang akan menerima kode masuk Anda.',
};
