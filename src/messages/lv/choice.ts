import type { Catalog } from '../en.js';

/** `lv`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Kā vēlaties pierakstīties?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Izvēlieties, kā apliecināt, ka tas esat jūs',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Iestatiet divpakāpju verifikāciju',
  'choice.SMS': 'Īsziņa (SMS)',
  'choice.TOTP': 'Autentificētāja lietotne',
  'choice.EMAIL': 'E-pasts',
  'choice.PASSWORD': 'Parole',
  'choice.PASSWORD_SRP': 'Parole',
  'choice.EMAIL_OTP': 'Sūtīt man kodu e-pastā',
  'choice.SMS_OTP': 'Sūtīt man kodu īsziņā',
  'choice.WEB_AUTHN': 'Piekļuves atslēga',
};
