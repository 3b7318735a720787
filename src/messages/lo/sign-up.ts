import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'ສ້າງບັນຊີຂອງທ່ານ',
  'hint.phoneNumber': 'ເລີ່ມດ້ວຍ + ແລະ ລະຫັດປະເທດ ເຊັ່ນ +8562012345678',
  'hint.signUpNoPassword': 'ບໍ່ຕ້ອງໃຊ້ລະຫັດຜ່ານ: ທ່ານຈະເຂົ້າສູ່ລະບົບດ້ວຍລະຫັດທີ່ພວກເຮົາສົ່ງໃຫ້',
  'action.haveAccount': 'ມີບັນຊີແລ້ວບໍ? ເຂົ້າສູ່ລະບົບ',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'ກວດເບິ່ງອີເມວຂອງທ່ານ',
  'hint.signUpLink': 'ພວກເຮົາໄດ້ສົ່ງລິ້ງໄປຫາ {destination} ແລ້ວ ເປີດມັນເພື່ອຢືນຢັນບັນຊີຂອງທ່ານ ແລະ ໜ້ານີ້ຈະສືບຕໍ່ເອງ',
  'hint.signUpLinkNoDestination': 'ພວກເຮົາໄດ້ສົ່ງລິ້ງໃຫ້ທ່ານແລ້ວ ເປີດມັນເພື່ອຢືນຢັນບັນຊີຂອງທ່ານ ແລະ ໜ້ານີ້ຈະສືບຕໍ່ເອງ',
  'action.resendLink': 'ສົ່ງລິ້ງໃໝ່',
};
