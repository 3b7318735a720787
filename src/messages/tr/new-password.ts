import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Yeni bir şifre belirleyin',
  'hint.newPassword': 'Devam etmeden önce geçici şifrenizi değiştirmeniz gerekiyor.',
  'hint.missingAttributes': 'Sizden birkaç bilgi daha almamız gerekiyor.',
};
