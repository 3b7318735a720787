import type { Catalog } from '../en.js';

/** `ms`: the ids English keeps in `en/password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_PASSWORD.title': 'Masukkan kata laluan anda',
};
