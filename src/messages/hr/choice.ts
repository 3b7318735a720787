import type { Catalog } from '../en.js';

/** `hr`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Kako se želite prijaviti?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Odaberite kako ćete potvrditi da ste to vi',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Postavite potvrdu u dva koraka',
  'choice.SMS': 'SMS poruka',
  'choice.TOTP': 'Aplikacija za autentifikaciju',
  'choice.EMAIL': 'E-pošta',
  'choice.PASSWORD': 'Zaporka',
  'choice.PASSWORD_SRP': 'Zaporka',
  'choice.EMAIL_OTP': 'Pošalji mi kôd e-poštom',
  'choice.SMS_OTP': 'Pošalji mi kôd SMS-om',
  'choice.WEB_AUTHN': 'Pristupni ključ',
};
