import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Yeni parol seçin',
  'hint.newPassword': 'Davam etməzdən əvvəl müvəqqəti parolunuzu dəyişməlisiniz.',
  'hint.missingAttributes': 'Bir neçə məlumat da lazımdır.',
};
