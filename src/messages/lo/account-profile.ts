import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'ໂປຣໄຟລ໌',
  'account.profile.submit': 'ບັນທຶກ',
  'account.profile.saved': 'ບັນທຶກໂປຣໄຟລ໌ຂອງທ່ານແລ້ວ.',
  'account.profile.pending': 'ຈົນກວ່າທ່ານຈະປ້ອນລະຫັດ, ທ່ານຍັງເຂົ້າສູ່ລະບົບດ້ວຍ {old}.',
  'account.profile.confirmed': 'ຢືນຢັນແລ້ວ. ຕອນນີ້ທ່ານເຂົ້າສູ່ລະບົບດ້ວຍ {value}.',
  'account.profile.cancel': 'ຍົກເລີກ',
};
