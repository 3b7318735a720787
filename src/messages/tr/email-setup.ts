import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Devam',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'E-postayla doğrulamayı ayarlayın',
  'hint.emailSetup': 'Oturum açma kodlarınızı göndereceğimiz e-posta adresini girin.',
};
