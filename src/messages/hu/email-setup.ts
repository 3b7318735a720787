import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Tovább',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'E-mailes azonosítás beállítása',
  'hint.emailSetup': 'Adja meg az e-mail-címet, amelyre a bejelentkezési kódokat küldhetjük.',
};
