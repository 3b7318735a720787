import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'ບໍ່ຮອງຮັບຂັ້ນຕອນການເຂົ້າສູ່ລະບົບນີ້',
  'hint.unknownStep': 'ການເຂົ້າສູ່ລະບົບຕ້ອງການຂັ້ນຕອນທີ່ໜ້ານີ້ບໍ່ສາມາດສະແດງໄດ້ ({step}) ກະລຸນາກັບຄືນແລ້ວລອງໃໝ່ ຫຼື ຕິດຕໍ່ຝ່າຍຊ່ວຍເຫຼືອ',
};
