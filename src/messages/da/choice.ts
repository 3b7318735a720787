import type { Catalog } from '../en.js';

/** `da`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Hvordan vil du logge ind?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Vælg, hvordan du vil bekræfte, at det er dig',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Konfigurer totrinsbekræftelse',
  'choice.SMS': 'Sms',
  'choice.TOTP': 'Godkendelsesapp',
  'choice.EMAIL': 'E-mail',
  'choice.PASSWORD': 'Adgangskode',
  'choice.PASSWORD_SRP': 'Adgangskode',
  'choice.EMAIL_OTP': 'Send mig en kode via e-mail',
  'choice.SMS_OTP': 'Send mig en kode via sms',
  'choice.WEB_AUTHN': 'Adgangsnøgle',
};
