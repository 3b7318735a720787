import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/password.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONFIRM_SIGN_IN_WITH_PASSWORD.title': '비밀번호 입력',
};
