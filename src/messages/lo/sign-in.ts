import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/sign-in.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.forgotPassword': 'ລືມລະຫັດຜ່ານບໍ?',
  'social.or': 'ຫຼື',
  'step.SIGN_IN.title': 'ເຂົ້າສູ່ລະບົບ',
  'social.continueWith': 'ສືບຕໍ່ດ້ວຍ {provider}',
};
