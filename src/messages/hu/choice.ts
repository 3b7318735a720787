import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Hogyan szeretne bejelentkezni?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Válassza ki, hogyan igazolja, hogy Ön az',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Kétlépcsős azonosítás beállítása',
  'choice.SMS': 'Szöveges üzenet (SMS)',
  'choice.TOTP': 'Hitelesítő alkalmazás',
  'choice.EMAIL': 'E-mail',
  'choice.PASSWORD': 'Jelszó',
  'choice.PASSWORD_SRP': 'Jelszó',
  'choice.EMAIL_OTP': 'Kód küldése e-mailben',
  'choice.SMS_OTP': 'Kód küldése SMS-ben',
  'choice.WEB_AUTHN': 'Azonosítókulcs',
};
