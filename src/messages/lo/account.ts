import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'ທ່ານຍັງບໍ່ໄດ້ເຂົ້າສູ່ລະບົບ. ເຂົ້າສູ່ລະບົບເພື່ອຈັດການບັນຊີຂອງທ່ານ.',
  'account.password.title': 'ປ່ຽນລະຫັດຜ່ານຂອງທ່ານ',
  'account.field.currentPassword': 'ລະຫັດຜ່ານປັດຈຸບັນ',
  'account.password.submit': 'ປ່ຽນລະຫັດຜ່ານ',
  'account.password.changed': 'ລະຫັດຜ່ານຂອງທ່ານຖືກປ່ຽນແລ້ວ.',
  'account.error.currentPassword': 'ນີ້ບໍ່ແມ່ນລະຫັດຜ່ານປັດຈຸບັນຂອງທ່ານ.',
  'account.sessions.title': 'ອອກຈາກລະບົບທຸກບ່ອນ',
  'account.sessions.hint': 'ການດຳເນີນການນີ້ຈະນຳທ່ານອອກຈາກລະບົບໃນທຸກອຸປະກອນ ແລະ ບຣາວເຊີທີ່ທ່ານເຂົ້າສູ່ລະບົບໄວ້, ລວມທັງອັນນີ້ນຳ.',
  'account.sessions.submit': 'ອອກຈາກລະບົບທຸກອຸປະກອນ',
  'account.delete.title': 'ລຶບບັນຊີຂອງທ່ານ',
  'account.delete.hint': 'ການນີ້ຈະລຶບບັນຊີຂອງທ່ານ ແລະ ທຸກຢ່າງທີ່ບັນທຶກໄວ້ໃນນັ້ນ. ບໍ່ສາມາດຍົກເລີກໄດ້.',
  'account.delete.word': 'ລຶບ',
  'account.delete.field': 'ເພື່ອຢືນຢັນ, ໃຫ້ພິມ “{word}”',
  'account.delete.submit': 'ລຶບບັນຊີ',
  'account.delete.mismatch': 'ພິມ “{word}” ເພື່ອຢືນຢັນ.',
  'account.delete.done': 'ບັນຊີຂອງທ່ານຖືກລຶບແລ້ວ.',
};
