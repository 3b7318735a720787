import type { Catalog } from '../en.js';

/** `lo`: the ids English keeps in `en/custom-challenge.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.answer': 'ຄຳຕອບ',
  'action.submit': 'ສົ່ງ',
  'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title': 'ຕອບຄຳຖາມກວດສອບ',
  'hint.customChallenge': 'ຕອບຄຳຖາມເພື່ອສືບຕໍ່',
};
