import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Ako sa chcete prihlásiť?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Zvoľte, ako overíme vašu totožnosť',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Nastavenie dvojstupňového overenia',
  'choice.SMS': 'Textová správa (SMS)',
  'choice.TOTP': 'Overovacia aplikácia',
  'choice.EMAIL': 'E-mail',
  'choice.PASSWORD': 'Heslo',
  'choice.PASSWORD_SRP': 'Heslo',
  'choice.EMAIL_OTP': 'Poslať kód e-mailom',
  'choice.SMS_OTP': 'Poslať kód v SMS',
  'choice.WEB_AUTHN': 'Prístupový kľúč',
};
