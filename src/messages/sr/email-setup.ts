import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Настави',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Подесите потврду имејлом',
  'hint.emailSetup': 'Унесите имејл адресу на коју да шаљемо кôдове за пријављивање.',
};
