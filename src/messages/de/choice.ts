import type { Catalog } from '../en.js';

/** `de`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Wie möchten Sie sich anmelden?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Wie möchten Sie bestätigen, dass Sie es sind?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Bestätigung in zwei Schritten einrichten',
  'choice.SMS': 'SMS',
  'choice.TOTP': 'Authenticator-App',
  'choice.EMAIL': 'E-Mail',
  'choice.PASSWORD': 'Passwort',
  'choice.PASSWORD_SRP': 'Passwort',
  'choice.EMAIL_OTP': 'Code per E-Mail erhalten',
  'choice.SMS_OTP': 'Code per SMS erhalten',
  'choice.WEB_AUTHN': 'Passkey',
};
