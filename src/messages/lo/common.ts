import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'ຊື່ຜູ້ໃຊ້',
  'field.password': 'ລະຫັດຜ່ານ',
  'field.code': 'ລະຫັດ',
  'action.signIn': 'ເຂົ້າສູ່ລະບົບ',
  'action.confirm': 'ຢືນຢັນ',
  'action.resendCode': 'ສົ່ງລະຫັດໃໝ່',
  'action.backToSignIn': 'ກັບໄປໜ້າເຂົ້າສູ່ລະບົບ',
  'action.changePassword': 'ປ່ຽນລະຫັດຜ່ານ',
  'action.working': 'ກະລຸນາລໍຖ້າ…',
  'action.showPassword': 'ສະແດງລະຫັດຜ່ານ',
  'action.resendCodeIn.other': 'ຂໍລະຫັດໃໝ່ໄດ້ໃນອີກ {count} ວິນາທີ',
  'hint.codeResentNoDestination': 'ລະຫັດໃໝ່ກຳລັງສົ່ງໄປຫາທ່ານ',
  'hint.resetRequired': 'ທ່ານຕ້ອງຕັ້ງລະຫັດຜ່ານຄືນໃໝ່ກ່ອນຈະເຂົ້າສູ່ລະບົບໄດ້',
  'error.prefix': 'ຂໍ້ຜິດພາດ:',
  'error.network': 'ບໍ່ສາມາດເຊື່ອມຕໍ່ກັບບໍລິການເຂົ້າສູ່ລະບົບໄດ້ ກະລຸນາກວດເບິ່ງການເຊື່ອມຕໍ່ແລ້ວລອງໃໝ່',
  'field.email': 'ອີເມວ',
  'field.phone': 'ເບີໂທລະສັບ',
  'field.emailOrPhone': 'ອີເມວ ຫຼື ເບີໂທລະສັບ',
  'action.createAccount': 'ສ້າງບັນຊີ',
  'hint.codeLength.other': 'ລະຫັດມີ {count} ຫຼັກ',
};
