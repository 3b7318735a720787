import type { Catalog } from '../en.js';

/** `sl`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Kako se želite prijaviti?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Izberite, kako boste potrdili, da ste to vi',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Nastavite preverjanje v dveh korakih',
  'choice.SMS': 'SMS-sporočilo',
  'choice.TOTP': 'Aplikacija za preverjanje pristnosti',
  'choice.EMAIL': 'E-pošta',
  'choice.PASSWORD': 'Geslo',
  'choice.PASSWORD_SRP': 'Geslo',
  'choice.EMAIL_OTP': 'Pošlji mi kodo po e-pošti',
  'choice.SMS_OTP': 'Pošlji mi kodo v SMS-sporočilu',
  'choice.WEB_AUTHN': 'Ključ za dostop',
};
