import type { Catalog } from '../en.js';

/** `uk`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Продовжити',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Налаштування перевірки електронною поштою',
  'hint.emailSetup': 'Укажіть адресу електронної пошти, на яку ми надсилатимемо коди для входу.',
};
