import type { Catalog } from '../en.js';

/** `ro`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Cum doriți să vă conectați?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Alegeți cum vă confirmați identitatea',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Configurați verificarea în doi pași',
  'choice.SMS': 'Mesaj text (SMS)',
  'choice.TOTP': 'Aplicație de autentificare',
  'choice.EMAIL': 'E-mail',
  'choice.PASSWORD': 'Parolă',
  'choice.PASSWORD_SRP': 'Parolă',
  'choice.EMAIL_OTP': 'Primiți un cod prin e-mail',
  'choice.SMS_OTP': 'Primiți un cod prin SMS',
  'choice.WEB_AUTHN': 'Cheie de acces',
};
