import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'ຈື່ອຸປະກອນນີ້',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'ປ້ອນລະຫັດທີ່ພວກເຮົາສົ່ງທາງ SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'ປ້ອນລະຫັດທີ່ພວກເຮົາສົ່ງທາງອີເມວ',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'ປ້ອນລະຫັດຈາກແອັບຢືນຢັນຕົວຕົນຂອງທ່ານ',
  'step.CONFIRM_SIGN_UP.title': 'ຢືນຢັນບັນຊີຂອງທ່ານ',
  'hint.codeSent': 'ພວກເຮົາໄດ້ສົ່ງລະຫັດໄປຫາ {destination} ແລ້ວ',
  'hint.codeSentBy.SMS': 'ພວກເຮົາໄດ້ສົ່ງລະຫັດທາງ SMS ໄປຫາ {destination} ແລ້ວ',
  'hint.codeSentBy.EMAIL': 'ພວກເຮົາໄດ້ສົ່ງລະຫັດທາງອີເມວໄປຫາ {destination} ແລ້ວ',
  'hint.totpCode': 'ເປີດແອັບຢືນຢັນຕົວຕົນຂອງທ່ານ ແລ້ວປ້ອນລະຫັດ 6 ຫຼັກຂອງບັນຊີນີ້',
  'hint.confirmSignUp': 'ປ້ອນລະຫັດທີ່ພວກເຮົາສົ່ງໄປຫາ {destination} ເພື່ອຢືນຢັນບັນຊີຂອງທ່ານ',
  'hint.confirmSignUpNoDestination': 'ປ້ອນລະຫັດທີ່ພວກເຮົາສົ່ງໃຫ້ທ່ານ ເພື່ອຢືນຢັນບັນຊີຂອງທ່ານ',
};
