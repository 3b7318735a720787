import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'ລະຫັດຜ່ານໃໝ່',
  'field.confirmPassword': 'ຢືນຢັນລະຫັດຜ່ານໃໝ່',
  'password.rules': 'ລະຫັດຜ່ານຂອງທ່ານຕ້ອງມີ:',
  'password.rule.minLength.other': 'ຢ່າງໜ້ອຍ {count} ຕົວອັກສອນ',
  'password.rule.lowercase': 'ຕົວພິມນ້ອຍລາແຕັງ (a–z)',
  'password.rule.uppercase': 'ຕົວພິມໃຫຍ່ລາແຕັງ (A–Z)',
  'password.rule.number': 'ຕົວເລກ (0–9)',
  'password.rule.symbol': 'ສັນຍາລັກ ເຊັ່ນ ! ຫຼື ?',
  'password.ruleMet': '{rule} (ຄົບແລ້ວ)',
  'password.ruleUnmet': '{rule} (ຍັງບໍ່ຄົບ)',
  'action.showNewPassword': 'ສະແດງລະຫັດຜ່ານໃໝ່',
  'action.showConfirmation': 'ສະແດງລະຫັດຜ່ານທີ່ຢືນຢັນ',
};
