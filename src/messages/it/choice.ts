import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Come vuoi accedere?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Scegli come confermare la tua identità',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Configura la verifica in due passaggi',
  'choice.SMS': 'SMS',
  'choice.TOTP': 'App di autenticazione',
  'choice.EMAIL': 'Email',
  'choice.PASSWORD': 'Password',
  'choice.PASSWORD_SRP': 'Password',
  'choice.EMAIL_OTP': 'Ricevi un codice via email',
  'choice.SMS_OTP': 'Ricevi un codice via SMS',
  'choice.WEB_AUTHN': 'Passkey',
};
