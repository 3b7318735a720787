import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Hur vill du logga in?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Välj hur du vill bekräfta att det är du',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Konfigurera tvåstegsverifiering',
  'choice.SMS': 'Sms',
  'choice.TOTP': 'Autentiseringsapp',
  'choice.EMAIL': 'E-post',
  'choice.PASSWORD': 'Lösenord',
  'choice.PASSWORD_SRP': 'Lösenord',
  'choice.EMAIL_OTP': 'Skicka en kod via e-post',
  'choice.SMS_OTP': 'Skicka en kod via sms',
  'choice.WEB_AUTHN': 'Lösennyckel',
};
