import type { Catalog } from '../en.js';

/** `uz`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Yangi parol tanlang',
  'hint.newPassword': 'Davom etishdan oldin vaqtinchalik parolingizni almashtirishingiz kerak.',
  'hint.missingAttributes': 'Yana bir nechta maʼlumot kerak.',
};
