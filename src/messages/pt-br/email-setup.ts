import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Continuar',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Configure a verificação por e-mail',
  'hint.emailSetup': 'Digite o e-mail para onde devemos enviar seus códigos de login.',
};
