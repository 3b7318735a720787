import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Continua',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Configura la verificació per correu electrònic',
  'hint.emailSetup': 'Introdueix l’adreça electrònica on t’hem d’enviar els codis d’inici de sessió.',
};
