import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'Шинэ нууц үг сонгоно уу',
  'hint.newPassword': 'Үргэлжлүүлэхийн өмнө түр нууц үгээ шинээр солих шаардлагатай.',
  'hint.missingAttributes': 'Бидэнд нэмэлт хэдэн мэдээлэл хэрэгтэй байна.',
};
