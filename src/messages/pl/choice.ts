import type { Catalog } from '../en.js';

/** `pl`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Jak chcesz się zalogować?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Wybierz sposób potwierdzenia tożsamości',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Skonfiguruj weryfikację dwuetapową',
  'choice.SMS': 'SMS',
  'choice.TOTP': 'Aplikacja uwierzytelniająca',
  'choice.EMAIL': 'E-mail',
  'choice.PASSWORD': 'Hasło',
  'choice.PASSWORD_SRP': 'Hasło',
  'choice.EMAIL_OTP': 'Wyślij mi kod e-mailem',
  'choice.SMS_OTP': 'Wyślij mi kod SMS-em',
  'choice.WEB_AUTHN': 'Klucz dostępu',
};
