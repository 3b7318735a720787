import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_PASSWORD.title': 'Ilagay ang iyong password',
};
