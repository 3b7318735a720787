import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'ການຢືນຢັນສອງຂັ້ນຕອນ',
  'account.mfa.off': 'ການຢືນຢັນສອງຂັ້ນຕອນປິດຢູ່: ເວລາເຂົ້າສູ່ລະບົບ ຈະຖາມແຕ່ລະຫັດຜ່ານຂອງທ່ານ.',
  'account.mfa.hint': 'ເວລາເຂົ້າສູ່ລະບົບ ຈະຖາມລະຫັດຜ່ານຂອງທ່ານ ແລ້ວຖາມລະຫັດຈາກວິທີທີ່ໃຊ້ກ່ອນ.',
  'account.mfa.retry': 'ລອງໃໝ່',
  'account.mfa.on': 'ເປີດຢູ່',
  'account.mfa.preferred': 'ເປີດຢູ່, ໃຊ້ກ່ອນ',
  'account.mfa.turnOn': 'ເປີດ',
  'account.mfa.turnOff': 'ປິດ',
  'account.mfa.prefer': 'ໃຊ້ກ່ອນ',
  'account.mfa.cancel': 'ຍົກເລີກ',
  'account.mfa.totpOn': 'ແອັບຢືນຢັນຕົວຕົນຂອງທ່ານເປີດແລ້ວ. ເທື່ອໜ້າທີ່ເຂົ້າສູ່ລະບົບ ໃຫ້ໃສ່ລະຫັດທີ່ແອັບສະແດງ.',
  'account.mfa.saved': 'ບັນທຶກການປ່ຽນແປງຂອງທ່ານແລ້ວ.',
  'error.mfaLastRequired': 'ບັນຊີນີ້ຕ້ອງມີການຢືນຢັນສອງຂັ້ນຕອນ. ກະລຸນາເປີດວິທີອື່ນກ່ອນປິດວິທີນີ້.',
};
