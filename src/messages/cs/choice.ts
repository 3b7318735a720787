import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Jak se chcete přihlásit?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Zvolte, jak ověříme vaši totožnost',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Nastavení dvoufázového ověření',
  'choice.SMS': 'Textová zpráva (SMS)',
  'choice.TOTP': 'Ověřovací aplikace',
  'choice.EMAIL': 'E-mail',
  'choice.PASSWORD': 'Heslo',
  'choice.PASSWORD_SRP': 'Heslo',
  'choice.EMAIL_OTP': 'Poslat kód e-mailem',
  'choice.SMS_OTP': 'Poslat kód v SMS',
  'choice.WEB_AUTHN': 'Přístupový klíč',
};
