import type { Catalog } from '../en.js';

/** `nb`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Hvordan vil du logge på?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Velg hvordan du vil bekrefte at det er deg',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Konfigurer totrinnsbekreftelse',
  'choice.SMS': 'Tekstmelding (SMS)',
  'choice.TOTP': 'Autentiseringsapp',
  'choice.EMAIL': 'E-post',
  'choice.PASSWORD': 'Passord',
  'choice.PASSWORD_SRP': 'Passord',
  'choice.EMAIL_OTP': 'Send meg en kode på e-post',
  'choice.SMS_OTP': 'Send meg en kode på SMS',
  'choice.WEB_AUTHN': 'Passnøkkel',
};
