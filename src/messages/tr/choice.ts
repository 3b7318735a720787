import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Nasıl oturum açmak istersiniz?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Kimliğinizi nasıl doğrulayacağınızı seçin',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'İki adımlı doğrulamayı ayarlayın',
  'choice.SMS': 'Kısa mesaj (SMS)',
  'choice.TOTP': 'Kimlik doğrulama uygulaması',
  'choice.EMAIL': 'E-posta',
  'choice.PASSWORD': 'Şifre',
  'choice.PASSWORD_SRP': 'Şifre',
  'choice.EMAIL_OTP': 'Kodu e-postayla gönder',
  'choice.SMS_OTP': 'Kodu SMS ile gönder',
  'choice.WEB_AUTHN': 'Geçiş anahtarı',
};
