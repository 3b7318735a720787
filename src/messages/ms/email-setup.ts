import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Teruskan',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Sediakan pengesahan melalui e-mel',
  'hint.emailSetup': 'Masukkan alamat e-mel untuk kami menghantar kod log masuk anda.',
};
