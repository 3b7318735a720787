import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/email-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.continue': 'ສືບຕໍ່',
  'step.CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.title': 'ຕັ້ງຄ່າການຢັ້ງຢືນທາງອີເມວ',
  'hint.emailSetup': 'ປ້ອນທີ່ຢູ່ອີເມວທີ່ຈະໃຫ້ພວກເຮົາສົ່ງລະຫັດເຂົ້າສູ່ລະບົບໄປຫາ',
};
