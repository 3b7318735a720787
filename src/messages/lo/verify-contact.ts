import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'ຢືນຢັນຂໍ້ມູນຕິດຕໍ່ຂອງທ່ານ',
  'hint.verifyContact': 'ຢືນຢັນວິທີທີ່ພວກເຮົາສາມາດຕິດຕໍ່ທ່ານໄດ້ ເພື່ອໃຫ້ທ່ານສາມາດຕັ້ງລະຫັດຜ່ານຄືນໃໝ່ໄດ້ຖ້າທ່ານລືມ',
  'action.verifyContact.email': 'ສົ່ງລະຫັດໃຫ້ຂ້ອຍທາງອີເມວ',
  'action.verifyContact.phone_number': 'ສົ່ງລະຫັດໃຫ້ຂ້ອຍທາງ SMS',
};
