import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Paano mo gustong mag-sign in?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Piliin kung paano ive-verify na ikaw ito',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'I-set up ang 2-Step na Pag-verify',
  'choice.SMS': 'Text message (SMS)',
  'choice.TOTP': 'Authenticator app',
  'choice.EMAIL': 'Email',
  'choice.PASSWORD': 'Password',
  'choice.PASSWORD_SRP': 'Password',
  'choice.EMAIL_OTP': 'I-email sa akin ang code',
  'choice.SMS_OTP': 'I-text sa akin ang code',
  'choice.WEB_AUTHN': 'Passkey',
};
