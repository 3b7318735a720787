import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'Kodu göndərin',
  'step.RESET_PASSWORD.title': 'Parolunuzu sıfırlayın',
  'step.CONFIRM_RESET_PASSWORD.title': 'Yeni parol seçin',
  'hint.resetPassword': 'Bu hesabın parolunu sıfırlamaq üçün kod göndərəcəyik.',
  'hint.confirmResetPassword': '{destination} ünvanına göndərdiyimiz kodu daxil edin və yeni parol seçin.',
  'hint.confirmResetPasswordNoDestination': 'Sizə göndərdiyimiz kodu daxil edin və yeni parol seçin.',
};
