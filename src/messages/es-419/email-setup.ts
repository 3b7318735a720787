import type { Catalog } from '../en.js';

/** `es-419`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'Continuar',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'Configura la verificación por correo electrónico',
  'hint.emailSetup':
    'Ingresa la dirección de correo electrónico a la que debemos enviar tus códigos de inicio de sesión.',
};
