import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Kako želite da se prijavite?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Izaberite kako ćete potvrditi da ste to vi',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Podesite potvrdu u dva koraka',
  'choice.SMS': 'SMS poruka',
  'choice.TOTP': 'Aplikacija za autentifikaciju',
  'choice.EMAIL': 'Imejl',
  'choice.PASSWORD': 'Lozinka',
  'choice.PASSWORD_SRP': 'Lozinka',
  'choice.EMAIL_OTP': 'Pošalji mi kôd imejlom',
  'choice.SMS_OTP': 'Pošalji mi kôd SMS-om',
  'choice.WEB_AUTHN': 'Pristupni ključ',
};
