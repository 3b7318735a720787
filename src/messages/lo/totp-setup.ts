import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'ສຳເນົາກະແຈຕັ້ງຄ່າ',
  'action.openAuthenticator': 'ເປີດໃນແອັບຢືນຢັນຕົວຕົນ',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'ຕັ້ງຄ່າແອັບຢືນຢັນຕົວຕົນຂອງທ່ານ',
  'hint.totpSecret': 'ກະແຈຕັ້ງຄ່າ',
  'hint.totpQrAlt': 'ລະຫັດ QR ສຳລັບເພີ່ມບັນຊີນີ້ໃສ່ແອັບຢືນຢັນຕົວຕົນ',
  'hint.totpCopied': 'ສຳເນົາແລ້ວ',
  'error.qrCode': 'ບໍ່ສາມາດສະແດງລະຫັດ QR ໄດ້ ກະລຸນາປ້ອນກະແຈຕັ້ງຄ່າໃນແອັບຢືນຢັນຕົວຕົນແທນ',
  'hint.totpStepApp': 'ເປີດແອັບຢືນຢັນຕົວຕົນໃນໂທລະສັບຂອງທ່ານ ຫຼື ຕິດຕັ້ງແອັບໃດໜຶ່ງ',
  'hint.totpStepScan': 'ສະແກນລະຫັດ QR ດ້ວຍແອັບ ຫຼື ສຳເນົາກະແຈຕັ້ງຄ່າໃສ່ແອັບ',
  'hint.totpStepCode': 'ປ້ອນລະຫັດ 6 ຫຼັກທີ່ແອັບສະແດງ',
};
