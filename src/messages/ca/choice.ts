import type { Catalog } from '../en.js';

/** `ca`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Com vols iniciar la sessió?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Tria com vols confirmar que ets tu',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Configura la verificació en dos passos',
  'choice.SMS': 'Missatge de text (SMS)',
  'choice.TOTP': 'Aplicació d’autenticació',
  'choice.EMAIL': 'Correu electrònic',
  'choice.PASSWORD': 'Contrasenya',
  'choice.PASSWORD_SRP': 'Contrasenya',
  'choice.EMAIL_OTP': 'Envia’m un codi per correu electrònic',
  'choice.SMS_OTP': 'Envia’m un codi per SMS',
  'choice.WEB_AUTHN': 'Clau d’accés',
};
