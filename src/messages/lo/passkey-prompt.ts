import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'ບໍ່ແມ່ນຕອນນີ້',
  'action.registerPasskey': 'ສ້າງກະແຈຜ່ານ',
  'step.PASSKEY_PROMPT.title': 'ເທື່ອໜ້າເຂົ້າສູ່ລະບົບໄດ້ໄວຂຶ້ນ',
  'hint.passkeyPrompt': 'ສ້າງກະແຈຜ່ານເພື່ອເຂົ້າສູ່ລະບົບດ້ວຍລາຍນິ້ວມື, ໃບໜ້າ ຫຼື ການລັອກໜ້າຈໍ ແທນການໃຊ້ລະຫັດຜ່ານ',
};
