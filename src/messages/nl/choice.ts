import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Hoe wil je inloggen?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Kiezen hoe je bevestigt dat jij het bent',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Verificatie in 2 stappen instellen',
  'choice.SMS': 'Sms',
  'choice.TOTP': 'Authenticator-app',
  'choice.EMAIL': 'E-mail',
  'choice.PASSWORD': 'Wachtwoord',
  'choice.PASSWORD_SRP': 'Wachtwoord',
  'choice.EMAIL_OTP': 'Code per e-mail ontvangen',
  'choice.SMS_OTP': 'Code per sms ontvangen',
  'choice.WEB_AUTHN': 'Toegangssleutel',
};
