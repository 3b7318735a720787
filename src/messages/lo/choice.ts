import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'ທ່ານຕ້ອງການເຂົ້າສູ່ລະບົບແນວໃດ?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'ເລືອກວິທີຢືນຢັນວ່າແມ່ນທ່ານ',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'ຕັ້ງຄ່າການຢັ້ງຢືນ 2 ຂັ້ນຕອນ',
  'choice.SMS': 'ຂໍ້ຄວາມ SMS',
  'choice.TOTP': 'ແອັບຢືນຢັນຕົວຕົນ',
  'choice.EMAIL': 'ອີເມວ',
  'choice.PASSWORD': 'ລະຫັດຜ່ານ',
  'choice.PASSWORD_SRP': 'ລະຫັດຜ່ານ',
  'choice.EMAIL_OTP': 'ສົ່ງລະຫັດໃຫ້ຂ້ອຍທາງອີເມວ',
  'choice.SMS_OTP': 'ສົ່ງລະຫັດໃຫ້ຂ້ອຍທາງ SMS',
  'choice.WEB_AUTHN': 'ກະແຈຜ່ານ',
};
