import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Continuar',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Configurar a validação por email',
  'hint.emailSetup': 'Introduza o endereço de email para onde devemos enviar os seus códigos de início de sessão.',
};
