import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Kod gönder',
  'step.RESET_PASSWORD.title': 'Şifrenizi sıfırlayın',
  'step.CONFIRM_RESET_PASSWORD.title': 'Yeni bir şifre belirleyin',
  'hint.resetPassword': 'Bu hesabın şifresini sıfırlamanız için bir kod göndereceğiz.',
  'hint.confirmResetPassword': 'Kodu şuraya gönderdik: {destination}. Bu kodu girin ve yeni bir şifre belirleyin.',
  'hint.confirmResetPasswordNoDestination': 'Size gönderdiğimiz kodu girin ve yeni bir şifre belirleyin.',
};
