import type { Catalog } from '../en.js';

/** `ru`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Продолжить',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Настройка подтверждения по электронной почте',
  'hint.emailSetup': 'Укажите адрес электронной почты, на который мы будем отправлять коды для входа.',
};
