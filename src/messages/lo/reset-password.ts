import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/reset-password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.sendCode': 'ສົ່ງລະຫັດ',
  'step.RESET_PASSWORD.title': 'ຕັ້ງລະຫັດຜ່ານຄືນໃໝ່',
  'step.CONFIRM_RESET_PASSWORD.title': 'ເລືອກລະຫັດຜ່ານໃໝ່',
  'hint.resetPassword': 'ພວກເຮົາຈະສົ່ງລະຫັດເພື່ອຕັ້ງລະຫັດຜ່ານຂອງບັນຊີນີ້ຄືນໃໝ່',
  'hint.confirmResetPassword': 'ປ້ອນລະຫັດທີ່ພວກເຮົາສົ່ງໄປຫາ {destination} ແລ້ວເລືອກລະຫັດຜ່ານໃໝ່',
  'hint.confirmResetPasswordNoDestination': 'ປ້ອນລະຫັດທີ່ພວກເຮົາສົ່ງໃຫ້ທ່ານ ແລ້ວເລືອກລະຫັດຜ່ານໃໝ່',
};
