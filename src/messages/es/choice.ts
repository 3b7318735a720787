import type { Catalog } from '../en.js';

/** `es`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': '¿Cómo quieres iniciar sesión?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Elige cómo confirmar tu identidad',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Configura la verificación en dos pasos',
  'choice.SMS': 'Mensaje de texto (SMS)',
  'choice.TOTP': 'Aplicación de autenticación',
  'choice.EMAIL': 'Correo electrónico',
  'choice.PASSWORD': 'Contraseña',
  'choice.PASSWORD_SRP': 'Contraseña',
  'choice.EMAIL_OTP': 'Recibir un código por correo electrónico',
  'choice.SMS_OTP': 'Recibir un código por SMS',
  'choice.WEB_AUTHN': 'Llave de acceso',
};
