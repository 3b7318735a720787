import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Davam edin',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'E-poçtla doğrulamanı ayarlayın',
  'hint.emailSetup': 'Giriş kodlarınızı göndərəcəyimiz e-poçt ünvanını daxil edin.',
};
