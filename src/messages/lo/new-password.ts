import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/new-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED.title': 'ເລືອກລະຫັດຜ່ານໃໝ່',
  'hint.newPassword': 'ທ່ານຕ້ອງປ່ຽນລະຫັດຜ່ານຊົ່ວຄາວກ່ອນຈະສືບຕໍ່',
  'hint.missingAttributes': 'ພວກເຮົາຕ້ອງການຂໍ້ມູນເພີ່ມເຕີມອີກໜ້ອຍໜຶ່ງ',
};
