import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Necə daxil olmaq istəyirsiniz?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Siz olduğunuzu necə təsdiqləyəcəyinizi seçin',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': '2 addımlı doğrulamanı ayarlayın',
  'choice.SMS': 'Mətn mesajı (SMS)',
  'choice.TOTP': 'Autentifikator tətbiqi',
  'choice.EMAIL': 'E-poçt',
  'choice.PASSWORD': 'Parol',
  'choice.PASSWORD_SRP': 'Parol',
  'choice.EMAIL_OTP': 'Kodu e-poçtla göndərin',
  'choice.SMS_OTP': 'Kodu SMS ilə göndərin',
  'choice.WEB_AUTHN': 'Giriş açarı',
};
